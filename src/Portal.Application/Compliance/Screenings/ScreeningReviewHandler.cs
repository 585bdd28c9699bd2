using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Compliance;
using Portal.Domain.Organizations;

namespace Portal.Application.Compliance.Screenings;

/// <summary>
/// A compliance officer reviews a possible match: cleared (not the listed party), the organization's hold lifts once
/// none of its screenings awaits review; confirmed (it is the listed party), the organization is suspended and stays
/// held. Both are audited with the officer's note.
/// </summary>
public sealed class ScreeningReviewHandler(IPortalDb db, TimeProvider clock)
{
    public Task<Result> ClearAsync(int screeningId, string? note, Actor actor, CancellationToken cancellationToken = default) =>
        ReviewAsync(screeningId, note, actor, cleared: true, cancellationToken);

    public Task<Result> ConfirmAsync(int screeningId, string? note, Actor actor, CancellationToken cancellationToken = default) =>
        ReviewAsync(screeningId, note, actor, cleared: false, cancellationToken);

    private async Task<Result> ReviewAsync(int screeningId, string? note, Actor actor, bool cleared, CancellationToken cancellationToken)
    {
        var screening = await db.Screenings.SingleOrDefaultAsync(s => s.Id == screeningId, cancellationToken)
            ?? throw new NotFoundException("The screening");
        var organization = await db.Organizations.SingleAsync(o => o.Id == screening.OrganizationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (note is { Length: > Screening.NoteMaxLength })
        {
            return Result.Fail("", $"The note must be {Screening.NoteMaxLength} characters or fewer.");
        }
        try
        {
            if (cleared)
            {
                screening.Clear(actor.Name, note ?? string.Empty, now);
            }
            else
            {
                screening.Confirm(actor.Name, note ?? string.Empty, now);
            }
        }
        catch (DomainException refused)
        {
            return Result.Fail("", refused.Message);
        }
        await DecideHoldAsync(organization, screening, cleared, cancellationToken);
        db.Audit(now, actor, "Organization", organization.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            cleared ? "ScreeningCleared" : "ScreeningConfirmed", $"'{screening.ScreenedName}' possible match",
            $"{screening.Outcome}: {screening.ReviewNote}");
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private async Task DecideHoldAsync(Organization organization, Screening reviewed, bool cleared, CancellationToken cancellationToken)
    {
        if (!cleared)
        {
            if (organization.Status != OrganizationStatus.Suspended)
            {
                organization.Suspend();
            }
            return;
        }
        var stillHeld = await db.Screenings.AnyAsync(s => s.OrganizationId == organization.Id && s.Id != reviewed.Id
            && (s.Outcome == ScreeningOutcome.PossibleMatch || s.Outcome == ScreeningOutcome.Confirmed), cancellationToken);
        if (!stillHeld)
        {
            organization.ReleaseScreeningHold();
        }
    }
}
