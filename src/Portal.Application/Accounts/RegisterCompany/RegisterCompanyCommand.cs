namespace Portal.Application.Accounts.RegisterCompany;

public sealed record RegisterCompanyCommand(
    string CompanyName,
    string CountryCode,
    string FullName,
    string Email,
    string Password);
