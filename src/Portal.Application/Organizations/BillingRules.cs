using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations;

/// <summary>
/// The rules of a company's billing details: the tax id is required, in the format of the company's country
/// (<see cref="TaxIds"/>); an address names its state or region where its country needs one (<see cref="Regions"/>).
/// </summary>
public static class BillingRules
{
    public static IRuleBuilderOptions<T, string?> RegionOf<T>(this IRuleBuilder<T, string?> rule, Func<T, string> countryCode) =>
        rule.MaximumLength(BillingAddress.RegionMaxLength).WithName("State or region")
            .Must((command, region) => Regions.IsValid(countryCode(command) ?? string.Empty, region))
            .WithMessage((command, _) => $"Type {Regions.Describe(countryCode(command) ?? string.Empty)}.");

    public static IRuleBuilderOptions<T, string> TaxIdOf<T>(this IRuleBuilder<T, string> rule, Func<T, string> countryCode) =>
        rule.PlainName(Organization.TaxIdMaxLength).WithName("Tax id")
            .Must((command, taxId) => taxId is null || TaxIds.IsValid(countryCode(command) ?? string.Empty, taxId))
            .WithMessage((command, _) => $"Type {TaxIds.Describe(countryCode(command) ?? string.Empty)}.");
}
