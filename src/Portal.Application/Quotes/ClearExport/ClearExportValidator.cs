using FluentValidation;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.ClearExport;

public sealed class ClearExportValidator : AbstractValidator<ClearExportCommand>
{
    public ClearExportValidator(TimeProvider clock)
    {
        RuleFor(c => c.LicenceNumber)
            .Must(number => !string.IsNullOrWhiteSpace(number) && number.Trim().Length <= Quote.LicenceNumberMaxLength)
            .WithMessage($"Licence number is required, at most {Quote.LicenceNumberMaxLength} characters.");
        RuleFor(c => c.LicenceExpires)
            .Must(expires => expires is { } day && IsAhead(day.Date, clock.GetUtcNow().UtcDateTime.Date))
            .WithMessage($"Licence valid until is required and must be a day after today, at most {Quote.LicenceMaxYears} years ahead.");
    }

    private static bool IsAhead(DateTime day, DateTime today) => day > today && day <= today.AddYears(Quote.LicenceMaxYears);
}
