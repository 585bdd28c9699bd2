using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Organizations;
using Portal.Domain.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;

namespace Portal.Application.Homes;

/// <summary>Reads a customer's home: its company and what waits for the company's people, the most urgent first.</summary>
public sealed class CustomerHomePageQuery(IPortalDb db, OrganizationQueries organizations, VendorProfile vendor, TimeProvider clock)
{
    public async Task<CustomerHomePage> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        var now = clock.GetUtcNow().UtcDateTime;
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.OrganizationId == organizationId
                        && (q.Status == QuoteStatus.Issued || q.Status == QuoteStatus.ChangesRequested || q.Status == QuoteStatus.Draft))
            .Select(q => new
            {
                q.Id, q.Number, q.Status, q.ValidUntilUtc, q.IssuedTotalMinorUnits, q.ChangesNote, q.UpdatedUtc,
                IsEmpty = !q.Racks.Any() && !q.Products.Any(),
            })
            .ToListAsync(cancellationToken);
        var toAccept = quotes.Where(q => q.Status == QuoteStatus.Issued && q.ValidUntilUtc > now).OrderBy(q => q.ValidUntilUtc)
            .Select(q => new QuoteToAccept(q.Id, q.Number!, q.IssuedTotalMinorUnits is { } total ? new Money(total, vendor.Currency) : null,
                q.ValidUntilUtc!.Value, q.ValidUntilUtc.Value - now)).ToList();
        var sentBack = quotes.Where(q => q.Status == QuoteStatus.ChangesRequested).OrderBy(q => q.UpdatedUtc)
            .Select(q => new QuoteToChange(q.Id, q.Number!, q.ChangesNote, q.UpdatedUtc)).ToList();
        var drafts = quotes.Where(q => q.Status == QuoteStatus.Draft).OrderByDescending(q => q.UpdatedUtc)
            .Select(q => new DraftToFinish(q.Id, Quote.ReferenceOf(q.Id, q.Number), q.IsEmpty, q.UpdatedUtc)).ToList();
        // Each list is the work of a role: what the reader cannot do is somebody else's to-do, not theirs.
        bool Holds(CompanyRoles role) => actor.CompanyRoles.HasFlag(role);
        return new CustomerHomePage(await organizations.GetAsync(organizationId, cancellationToken),
            Holds(CompanyRoles.Approver) ? toAccept : [],
            Holds(CompanyRoles.Finance) ? await DepositsDueAsync(organizationId, cancellationToken) : [],
            Holds(CompanyRoles.Requester) ? await OffersAsync(organizationId, now, cancellationToken) : [],
            Holds(CompanyRoles.Requester) ? sentBack : [],
            Holds(CompanyRoles.Requester) ? drafts : []);
    }

    private async Task<IReadOnlyList<DepositToPay>> DepositsDueAsync(int organizationId, CancellationToken cancellationToken) =>
        (await db.Deposits.AsNoTracking().Where(d => d.OrganizationId == organizationId && d.State == DepositState.Due)
            .OrderBy(d => d.CreatedUtc).ThenBy(d => d.Id).ToListAsync(cancellationToken))
        .Select(d => new DepositToPay(d.Id, d.Reference, d.Description, new Money(d.AmountMinorUnits, d.Currency), d.CreatedUtc)).ToList();

    private async Task<IReadOnlyList<OfferToAnswer>> OffersAsync(int organizationId, DateTime now, CancellationToken cancellationToken) =>
        (await db.WaitlistEntries.AsNoTracking().Include(e => e.Product)
            .Where(e => e.OrganizationId == organizationId && e.Status == WaitlistStatus.Offered && e.OfferExpiresUtc > now)
            .OrderBy(e => e.OfferExpiresUtc).ToListAsync(cancellationToken))
        .Select(e => new OfferToAnswer(e.Id, e.Product!.Name, e.OfferedUnits ?? e.Quantity, WaitlistEntry.Describe(e.OfferedQuarter),
            e.OfferExpiresUtc!.Value, e.OfferExpiresUtc.Value - now)).ToList();
}
