using System.Globalization;
using FluentValidation;

namespace Portal.Application.Common;

/// <summary>Rules shared by every validator that accepts a name or a free text from a person.</summary>
public static class TextRules
{
    public static IRuleBuilderOptions<T, string> PlainName<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().WithMessage("{PropertyName} is required.")
            .MaximumLength(maxLength).WithMessage(TooLong)
            .Must(text => text is null || text.IndexOfAny(['<', '>']) < 0)
            .WithMessage("{PropertyName} cannot contain < or >.");

    /// <summary>
    /// A person's name: a <see cref="PlainName{T}"/> made of letters (any script), their marks, spaces, apostrophes,
    /// hyphens and dots only (a dot never before a letter), so that no link, markup or control character reaches a mail
    /// that greets the person.
    /// </summary>
    public static IRuleBuilderOptions<T, string> PersonName<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.PlainName(maxLength)
            .Must(text => text is null || IsPersonName(text))
            .WithMessage("{PropertyName} can hold letters, spaces, apostrophes, hyphens and dots only.");

    public static IRuleBuilderOptions<T, string> CountryCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(code => code is not null && Countries.IsKnown(code))
            .WithMessage("Choose a country from the list.");

    /// <summary>An address's state or region: a code of <see cref="Regions"/> where its country needs one, optional text elsewhere.</summary>
    public static IRuleBuilderOptions<T, string?> RegionOf<T>(this IRuleBuilder<T, string?> rule, Func<T, string> countryCode) =>
        rule.MaximumLength(Portal.Domain.Organizations.BillingAddress.RegionMaxLength).WithMessage(TooLong).WithName("State or region")
            .Must((command, region) => Regions.IsValid(countryCode(command) ?? string.Empty, region))
            .WithMessage((command, _) => $"Type {Regions.Describe(countryCode(command) ?? string.Empty)}.");

    /// <summary>An email address a person types: required, of a bounded length, and shaped like one.</summary>
    public static IRuleBuilderOptions<T, string> Email<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().WithMessage("{PropertyName} is required.")
            .MaximumLength(maxLength).WithMessage(TooLong)
            .EmailAddress().WithMessage("Type an email address such as name@company.com.");

    /// <summary>The message of a text longer than its limit; the limit comes from the rule.</summary>
    public const string TooLong = "{PropertyName} can have at most {MaxLength} characters; you typed {TotalLength}.";

    /// <summary>A dot ends an initial or an abbreviation ("J. R. Tolkien", "Jr."), so a letter never follows it, as in a web address.</summary>
    private static bool IsPersonName(string text) =>
        text.Any(char.IsLetter)
        && text.All(c => char.IsLetter(c) || IsMark(c) || c is ' ' or '\'' or '\u2019' or '-' or '\u2010' or '.')
        && !text.Zip(text.Skip(1)).Any(pair => pair.First == '.' && char.IsLetter(pair.Second));

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
