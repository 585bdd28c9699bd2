using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Auditing;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes;

/// <param name="CurrentRevisionIssued">The quote's current revision has been issued: its pricing is the customer's to see.</param>
public sealed record QuoteView(Quote Quote, Organization Organization, QuoteContact Requester, string? ClaimedBy, Site? Site, IReadOnlyList<AuditEvent> Timeline,
    Deposit? Deposit, bool CurrentRevisionIssued)
{
    /// <summary>What sales said when it last sent the request back for changes.</summary>
    public string? ChangesRequested => Quote.ChangesNote;
}

/// <summary>
/// The quotes an actor may read (<see cref="QuoteVisibility"/>): a customer its organization's, staff every submitted
/// one. Any other quote is not found.
/// </summary>
public sealed class QuoteQueries(IPortalDb db)
{
    public async Task<QuoteView> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await db.Quotes.AsNoTracking().VisibleTo(actor).WithLines()
            .SingleOrDefaultAsync(q => q.Id == id, cancellationToken)
            ?? throw new NotFoundException("The quote");
        return await ViewOfAsync(quote, actor, cancellationToken);
    }

    /// <summary>The view of a quote already loaded with its lines (tracked or not): its organization with its default billing address, people, site and timeline.</summary>
    public async Task<QuoteView> ViewOfAsync(Quote quote, Actor actor, CancellationToken cancellationToken = default)
    {
        var id = quote.Id;
        var organization = await db.Organizations.AsNoTracking().Include(o => o.BillingAddresses.Where(a => a.IsDefault))
            .SingleAsync(o => o.Id == quote.OrganizationId, cancellationToken);
        var requester = await db.Users.AsNoTracking().Where(u => u.Id == quote.RequesterId)
            .Select(u => new QuoteContact(u.FullName, u.Email ?? string.Empty)).SingleAsync(cancellationToken);
        var claimedBy = quote.ClaimedById is { } claimer
            ? await db.Users.AsNoTracking().Where(u => u.Id == claimer).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var site = quote.SiteId is { } siteId ? await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken) : null;
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var events = db.AuditEvents.AsNoTracking().Where(e => e.EntityType == QuoteAudit.EntityType && e.EntityId == key);
        if (!actor.IsStaff)
        {
            events = events.Where(e => e.ShownToCustomer);
        }
        var timeline = await events.OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var deposit = await db.Deposits.AsNoTracking().SingleOrDefaultAsync(d => d.QuoteId == quote.Id && d.QuoteRevision == quote.Revision, cancellationToken);
        var issued = await db.QuoteRevisions.AnyAsync(r => r.QuoteId == id && r.Number == quote.Revision, cancellationToken);
        return new QuoteView(quote, organization, requester, claimedBy, site, timeline, deposit, issued);
    }
}
