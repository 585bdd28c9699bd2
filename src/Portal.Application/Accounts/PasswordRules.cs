using FluentValidation;

namespace Portal.Application.Accounts;

/// <summary>The password policy, stated once for the validators and for Identity's options.</summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(MinLength).WithMessage($"Use at least {MinLength} characters for the password.")
            .MaximumLength(MaxLength).WithMessage($"Use at most {MaxLength} characters for the password.")
            .Must(p => p is null || (p.Any(char.IsLetter) && p.Any(c => !char.IsLetter(c))))
            .WithMessage("Use letters and at least one digit or symbol in the password.");
}
