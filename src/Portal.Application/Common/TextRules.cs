using FluentValidation;

namespace Portal.Application.Common;

/// <summary>Rules shared by every validator that accepts a name or a free text from a person.</summary>
public static class TextRules
{
    public static IRuleBuilderOptions<T, string> PlainName<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty()
            .MaximumLength(maxLength)
            .Must(text => text is null || text.IndexOfAny(['<', '>']) < 0)
            .WithMessage("'{PropertyName}' cannot contain < or >.");

    public static IRuleBuilderOptions<T, string> CountryCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .Must(code => code is not null && Countries.IsKnown(code))
            .WithMessage("Choose a country from the list.");
}
