using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Application.Catalog.SetSupply;

public sealed class SetSupplyValidator : AbstractValidator<SetSupplyCommand>
{
    public SetSupplyValidator(TimeProvider clock)
    {
        RuleFor(c => c.Quarter)
            .Must(q => Quarter.TryParse(q, out _)).WithMessage("Write the quarter like 2027-Q1.")
            .Must(q => !Quarter.TryParse(q, out var quarter) || quarter >= Quarter.Containing(clock.GetUtcNow().UtcDateTime))
            .WithMessage("Supply can only be set for the current quarter or a later one.")
            .WithinHorizon(clock);
        RuleFor(c => c.Units).InclusiveBetween(0, Allocation.MaxSupply).WithMessage($"Supply is between 0 and {Allocation.MaxSupply:N0} units.");
    }
}
