namespace Portal.Application.Organizations.RegisterCompany;

public sealed record RegisterCompanyCommand(
    string CompanyName,
    string CountryCode,
    string FullName,
    string Email,
    string Password);
