using System.ComponentModel.DataAnnotations;
using Portal.Application.Compliance.Rules;
using Portal.Application.Compliance.Rules.AddDestinationRule;
using Portal.Domain.Compliance;

namespace Portal.Web.Areas.Admin;

public sealed class DestinationRuleForm
{
    [Display(Name = "Country")] public string? CountryCode { get; set; }
    public string? Classification { get; set; }
    public DestinationVerdict Rule { get; set; }
    [Display(Name = "Effective from")] public DateTime? EffectiveFrom { get; set; }
    public string? Note { get; set; }

    public AddDestinationRuleCommand ToCommand() => new(CountryCode, Classification, Rule, EffectiveFrom, Note);
}

/// <summary>An admin's question: what do the rules say of this classification to this country on this day?</summary>
public sealed class DestinationCheckForm
{
    public string? Country { get; set; }
    public string? Classification { get; set; }
    public DateTime? On { get; set; }
}

public sealed record DestinationRulesPage(
    IReadOnlyList<DestinationRuleRow> Rules,
    DestinationRuleForm NewRule,
    DestinationCheckForm Check,
    DestinationCheck? Answer,
    bool Illustrative);
