using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Holds;

namespace Portal.Application.Quotes.Cancel;

/// <summary>The customer or sales cancels a quote; whatever supply it held goes back; the other side is told.</summary>
public sealed class CancelQuoteHandler(IPortalDb db, AllocationHolds holds, Acting acting, TimeProvider clock)
{
    public async Task HandleAsync(int quoteId, int? seenVersion, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        actor.EnsureStaffOr(CompanyRoles.Requester);
        var quote = await db.FindSeenAsync(quoteId, seenVersion, actor, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Cancel(Clip(reason), Now);
        await holds.ReleaseAsync(quote, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string? Clip(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, DecisionNote.MaxLength)];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
