namespace Portal.Application.Organizations.RegisterCompany;

/// <summary>A new company, its billing address (in its country) and tax id, and its first user.</summary>
public sealed record RegisterCompanyCommand(
    string CompanyName,
    string CountryCode,
    string FullName,
    string Email,
    string Password,
    string Street,
    string PostalCode,
    string City,
    string? Region,
    string TaxId);
