using System.ComponentModel.DataAnnotations;
using Portal.Application.Organizations.ChangeBillingDetails;
using Portal.Application.Organizations.SaveBillingAddress;
using Portal.Domain.Organizations;

namespace Portal.Web.Areas.Customer;

public sealed class BillingDetailsForm
{
    [Display(Name = "Tax id")] public string TaxId { get; set; } = string.Empty;
    [Display(Name = "Require a purchase order number to accept a quote")] public bool RequirePurchaseOrder { get; set; }

    public ChangeBillingDetailsCommand ToCommand() => new(TaxId, RequirePurchaseOrder);

    public static BillingDetailsForm From(Organization company) =>
        new() { TaxId = company.TaxId ?? string.Empty, RequirePurchaseOrder = company.RequiresPurchaseOrder };
}

public sealed class BillingAddressForm
{
    public int? Id { get; set; }
    [Display(Name = "Street and number")] public string Street { get; set; } = string.Empty;
    [Display(Name = "Postal code")] public string PostalCode { get; set; } = string.Empty;
    public string City { get; set; } = string.Empty;
    [Display(Name = "State or region")] public string? Region { get; set; }
    [Display(Name = "Country")] public string CountryCode { get; set; } = string.Empty;
    [Display(Name = "Send invoices here (the default billing address)")] public bool MakeDefault { get; set; }

    public SaveBillingAddressCommand ToCommand() => new(Id, Street, PostalCode, City, Region, CountryCode, MakeDefault);

    public static BillingAddressForm From(BillingAddress address) => new()
    {
        Id = address.Id,
        Street = address.Street,
        PostalCode = address.PostalCode,
        City = address.City,
        Region = address.Region,
        CountryCode = address.CountryCode,
        MakeDefault = address.IsDefault,
    };
}

/// <summary>The Company details page: its facts and, when the billing details form was refused, the values typed.</summary>
public sealed record CompanyDetailsView(Portal.Application.Organizations.Pages.CompanyDetailsPage Page, BillingDetailsForm Details);
