namespace Portal.Application.Organizations.ChangeBillingDetails;

/// <summary>The company's tax id and whether accepting a quote needs a purchase order number.</summary>
public sealed record ChangeBillingDetailsCommand(string TaxId, bool RequirePurchaseOrder)
{
    /// <summary>The company's country, whose format the tax id must have; the handler sets it from the company.</summary>
    public string CountryCode { get; init; } = string.Empty;
}
