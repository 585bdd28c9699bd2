using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Accounts;

public sealed class RegisterForm
{
    [Display(Name = "Company name")] public string CompanyName { get; set; } = string.Empty;
    [Display(Name = "Country")] public string CountryCode { get; set; } = string.Empty;
    [Display(Name = "Your name")] public string FullName { get; set; } = string.Empty;
    [Display(Name = "Work email")] public string Email { get; set; } = string.Empty;
    [DataType(DataType.Password)] public string Password { get; set; } = string.Empty;
    [Display(Name = "Street and number")] public string Street { get; set; } = string.Empty;
    [Display(Name = "Postal code")] public string PostalCode { get; set; } = string.Empty;
    public string City { get; set; } = string.Empty;
    [Display(Name = "State or region")] public string? Region { get; set; }
    [Display(Name = "Tax id")] public string TaxId { get; set; } = string.Empty;
}

public sealed class SignInForm
{
    public string Email { get; set; } = string.Empty;
    [DataType(DataType.Password)] public string Password { get; set; } = string.Empty;
    [Display(Name = "Keep me signed in")] public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class ForgotPasswordForm
{
    public string Email { get; set; } = string.Empty;
}

public sealed class ResetPasswordForm
{
    public string Email { get; set; } = string.Empty;
    public string Token { get; set; } = string.Empty;
    [Display(Name = "New password"), DataType(DataType.Password)] public string Password { get; set; } = string.Empty;
}

public sealed class AcceptInvitationForm
{
    public string UserId { get; set; } = string.Empty;
    public string Token { get; set; } = string.Empty;
    [Display(Name = "Choose a password"), DataType(DataType.Password)] public string Password { get; set; } = string.Empty;
}
