using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Common;

namespace Portal.Application.Quotes.MoveDelivery;

/// <summary>A quarter from the list: this one or a later one, within the planning horizon.</summary>
public sealed class MoveDeliveryValidator : AbstractValidator<MoveDeliveryCommand>
{
    public MoveDeliveryValidator(TimeProvider clock)
    {
        RuleFor(c => c.Quarter).Cascade(CascadeMode.Stop)
            .Must(text => Quarter.TryParse(text, out var quarter) && quarter >= Quarter.Containing(clock.GetUtcNow().UtcDateTime))
            .WithMessage(QuarterRules.PastQuarter)
            .WithinHorizon(clock);
    }
}
