using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Screenings.Review;

/// <summary>
/// A compliance officer reviews a possible match with a note: cleared (not the listed party), the organization's hold
/// lifts once none of its screenings awaits review; confirmed (it is the listed party), the organization is suspended
/// and stays held. The organization's events write the audit row.
/// </summary>
public sealed class ReviewScreeningHandler(IPortalDb db, IValidator<ReviewScreeningCommand> validator, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(ReviewScreeningCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var screening = await db.Screenings.SingleOrDefaultAsync(s => s.Id == command.ScreeningId, cancellationToken)
            ?? throw new NotFoundException("The screening");
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result.Fail(checkedInput.ToFieldErrors());
        }
        var organization = await db.Organizations.SingleAsync(o => o.Id == screening.OrganizationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (command.Cleared)
        {
            screening.Clear(actor.Name, command.Note!, now);
            organization.ClearScreening(screening.ScreenedName, Finding(screening), !await OthersAwaitReviewAsync(screening, cancellationToken));
        }
        else
        {
            screening.Confirm(actor.Name, command.Note!, now);
            organization.ConfirmScreening(screening.ScreenedName, Finding(screening));
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private static string Finding(Screening reviewed) => $"{reviewed.Outcome}: {reviewed.ReviewNote}";

    private Task<bool> OthersAwaitReviewAsync(Screening reviewed, CancellationToken cancellationToken) =>
        db.Screenings.AnyAsync(s => s.OrganizationId == reviewed.OrganizationId && s.Id != reviewed.Id
            && (s.Outcome == ScreeningOutcome.PossibleMatch || s.Outcome == ScreeningOutcome.Confirmed), cancellationToken);
}
