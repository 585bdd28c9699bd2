using FluentValidation;
using Portal.Application.Common;

namespace Portal.Application.Waitlist.Join;

public sealed class JoinWaitlistValidator : AbstractValidator<JoinWaitlistCommand>
{
    public JoinWaitlistValidator(TimeProvider clock)
    {
        RuleFor(c => c.Quantity).NotNull().WithMessage("Give the number of units you want.")
            .GreaterThanOrEqualTo(1).WithMessage("Wait for at least one unit.");
        RuleFor(c => c.Quarter).Must(q => string.IsNullOrEmpty(q)
                || (Domain.Common.Quarter.TryParse(q, out var quarter) && quarter >= Domain.Common.Quarter.Containing(clock.GetUtcNow().UtcDateTime)))
            .WithMessage("Choose this quarter, a later one, or the earliest with supply.");
        RuleFor(c => c.Quarter).WithinHorizon(clock);
    }
}
