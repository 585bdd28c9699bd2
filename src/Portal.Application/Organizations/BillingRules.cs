using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations;

/// <summary>The rule of a company's tax id: required, and in the format of the company's country (<see cref="TaxIds"/>).</summary>
public static class BillingRules
{
    public static IRuleBuilderOptions<T, string> TaxIdOf<T>(this IRuleBuilder<T, string> rule, Func<T, string> countryCode) =>
        rule.PlainName(Organization.TaxIdMaxLength).WithName("Tax id")
            .Must((command, taxId) => taxId is null || TaxIds.IsValid(countryCode(command) ?? string.Empty, taxId))
            .WithMessage((command, _) => $"Type {TaxIds.Describe(countryCode(command) ?? string.Empty)}.");
}
