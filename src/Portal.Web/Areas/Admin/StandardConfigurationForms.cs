using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Configurations;
using Portal.Application.Configurations.Pages;
using Portal.Application.Configurations.Standard.SaveStandardConfiguration;
using Portal.Domain.Configurations;
using Portal.Web.Areas.Customer;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin;

/// <summary>An admin's standard configuration as typed: its words, its rack and component rows. Empty rows are ignored.</summary>
public sealed class StandardConfigurationForm
{
    public string Name { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    [Display(Name = "Rack")] public string? RackSku { get; set; }
    public List<ComponentRow> Components { get; set; } = [];

    public static StandardConfigurationForm From(StandardConfiguration? existing) => existing is null ? new() : new()
    {
        Name = existing.Name,
        Description = existing.Description,
        RackSku = existing.Rack!.Sku,
        Components = existing.Components.Select(c => new ComponentRow { Sku = c.Product!.Sku, Quantity = c.Quantity }).ToList(),
    };

    public SaveStandardConfigurationCommand ToCommand(int? id) =>
        new(id, Name ?? string.Empty, Description ?? string.Empty, RackSku, Filled().Select(c => new ComponentRequest(c.Sku, c.Quantity ?? 0)).ToList());

    /// <summary>The rows filled in, in the order the messages of the rules count them, then a few blank ones.</summary>
    public StandardConfigurationForm WithBlankRows()
    {
        Components = Filled().Concat(Enumerable.Range(0, ConfiguratorForm.BlankRows).Select(_ => new ComponentRow()))
            .Take(ConfigurationEvaluator.MaxComponentRows).ToList();
        return this;
    }

    private IEnumerable<ComponentRow> Filled() => Components.Where(c => !string.IsNullOrWhiteSpace(c.Sku)).Take(ConfigurationEvaluator.MaxComponentRows);
}

/// <summary>The admin's form for a standard configuration, with the racks and components it offers.</summary>
public sealed record StandardConfigurationPage(int? Id, StandardConfigurationForm Form, StandardConfigurationEdit Edit)
{
    public string Title => Id is null ? "New standard configuration" : $"Edit {Edit.Existing!.Name}";

    public bool IsRetired => Edit.Existing is { Retired: true };

    public bool CanRetire => Edit.Existing is { Retired: false };

    public IReadOnlyList<SelectListItem> RackOptions =>
        Choices.Of(Edit.Racks, Form.RackSku, r => r.Sku, r => $"{r.Name} ({r.Sku}, {Display.Badge(r.Availability).Text})");

    public IReadOnlyList<SelectListItem> ComponentOptions(ComponentRow row) =>
        Choices.Of(Edit.Components, row.Sku, c => c.Sku, c => $"{c.Name} ({c.Sku})");
}
