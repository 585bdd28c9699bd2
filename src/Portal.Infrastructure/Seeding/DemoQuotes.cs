using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Payments.CancelWithRefund;
using Portal.Application.Payments.RecordTransfer;
using Portal.Application.Quotes;
using Portal.Application.Catalog;
using Portal.Application.Compliance.Screenings;
using Portal.Application.Quotes.Accept;
using Portal.Application.Quotes.SetBuyerApprovalRule;
using Portal.Application.Quotes.Decline;
using Portal.Application.Quotes.Issue;
using Portal.Application.Quotes.PostMessage;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Price;
using Portal.Application.Quotes.Revise;
using Portal.Domain.Auditing;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Seeding;

/// <summary>
/// The demo's quote requests in every state: drafts, submitted, in review, sent back, rejected, waiting for an admin's
/// approval, held for an export licence, issued in two revisions, and accepted. Pricing, issuing, revising and accepting go through the portal's
/// own use cases, so each issued revision has its stored PDF and line snapshot, and the mails are written.
/// </summary>
public sealed partial class DemoQuotes(
    PortalDbContext db,
    PriceQuoteHandler pricer,
    IssueQuoteHandler issue,
    ReviseQuoteHandler revise,
    AcceptQuoteHandler accept,
    DeclineQuoteHandler decline,
    RecordTransferHandler transfers,
    CancelWithRefundHandler refunds,
    OrganizationScreener screener,
    PostMessageHandler messages,
    SetBuyerApprovalRuleHandler rules,
    VendorProfile vendor)
{
    public async Task SeedAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        if (await db.Quotes.AnyAsync(cancellationToken))
        {
            return;
        }
        var products = await db.Products.ToDictionaryAsync(p => p.Sku, cancellationToken);
        var quarter = Quarter.Containing(now).Plus(2);

        var helios = await BuyerAsync(DemoAccounts.Companies[0].Owner.Email, cancellationToken);
        var submitted = await DraftAsync(helios, now.AddDays(-3), "Four UltraServer racks for the Ashburn training cluster; please include enterprise support.", quarter,
            q =>
            {
                q.AddConfiguration(products["TRN3-RACK-48U"],
                    [(products["TRN3-SLED-8"], 8), (products["EFA-SW-51T"], 1), (products["CDU-LIQ-150KW"], 1), (products["PDU-3PH-60KW"], 2)], 4, now);
                q.AddProduct(products["SVC-INSTALL-RACK"], 4, now);
                q.AddProduct(products["SVC-SUPPORT-ENT"], 4, now);
            }, cancellationToken);
        submitted.Submit(now.AddDays(-2));
        Record(submitted, helios.User, now.AddDays(-2), QuoteAudit.Submitted, "Submitted");

        await DraftAsync(helios, now.AddDays(-1), "Inference racks; still deciding on storage.", quarter.Plus(1),
            q => q.AddConfiguration(products["TRN2-RACK-48U"],
                [(products["TRN2-SRV-16"], 4), (products["EFA-SW-25T"], 1), (products["STOR-NVME-1U"], 2)], 2, now), cancellationToken);

        var fjord = await BuyerAsync(DemoAccounts.Companies[1].Owner.Email, cancellationToken);
        await DraftAsync(fjord, now.AddHours(-5), string.Empty, null,
            q => q.AddConfiguration(products["TRN2-RACK-48U"],
                [(products["TRN2-SRV-16"], 3), (products["EFA-SW-25T"], 1), (products["GRV4-SRV-1U"], 1)], 1, now), cancellationToken);
        await SeedReviewAsync(products, helios, fjord, quarter, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await SeedIssuedAsync(products, helios, fjord, quarter, now, cancellationToken);
        await SeedDepositsAsync(products, helios, fjord, now, cancellationToken);
        await SeedSalesWorkAsync(products, helios, fjord, now, cancellationToken);
    }

    /// <summary>
    /// Quotes sales priced and issued: one awaiting Helios' answer in its second revision (a better discount and more
    /// support than the first), one Fjord accepted, and one for Fjord priced above the sales authority, waiting for an admin.
    /// </summary>
    private async Task SeedIssuedAsync(IReadOnlyDictionary<string, Product> products, (PortalUser User, int SiteId) helios,
        (PortalUser User, int SiteId) fjord, Quarter quarter, DateTime now, CancellationToken cancellationToken)
    {
        var sales = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Sales.Email, cancellationToken);
        var waiting = await SubmittedAsync(helios, now.AddDays(-5), "Two more Trainium2 racks for inference, with installation.", quarter,
            q =>
            {
                q.AddConfiguration(products["TRN2-RACK-48U"],
                    [(products["TRN2-SRV-16"], 4), (products["EFA-SW-25T"], 1), (products["STOR-NVME-1U"], 2), (products["PDU-3PH-60KW"], 2)], 2, now);
                q.AddProduct(products["SVC-INSTALL-RACK"], 2, now);
            }, cancellationToken);
        var accepted = await SubmittedAsync(fjord, now.AddDays(-9), "One air-cooled rack to start with.", quarter,
            q =>
            {
                q.AddConfiguration(products["TRN2-RACK-48U"],
                    [(products["TRN2-SRV-16"], 3), (products["EFA-SW-25T"], 1), (products["GRV4-SRV-1U"], 1)], 1, now);
                q.AddProduct(products["SVC-SUPPORT-BIZ"], 1, now);
            }, cancellationToken);
        var pending = await SubmittedAsync(fjord, now.AddDays(-3), "Four more racks for Rjukan Hall B if the price is right; our budget closes in December.", quarter,
            q => q.AddConfiguration(products["TRN2-RACK-48U"],
                [(products["TRN2-SRV-16"], 3), (products["EFA-SW-25T"], 1), (products["STOR-NVME-1U"], 1)], 4, now),
            cancellationToken);
        foreach (var quote in new[] { waiting, accepted, pending })
        {
            quote.Claim(sales.Id, now.AddDays(-2));
            Record(quote, sales, now.AddDays(-2), QuoteAudit.Claimed, nameof(QuoteStatus.InReview));
        }
        await db.SaveChangesAsync(cancellationToken);

        var salesActor = new Actor(sales.Id, sales.FullName, null, new HashSet<string> { PortalRoles.Sales });
        await PriceAsync(waiting, salesActor, c => c with { DiscountPercent = 5m }, cancellationToken);
        await issue.HandleAsync(waiting.Id, null, salesActor, cancellationToken);
        await revise.HandleAsync(waiting.Id, null, salesActor, cancellationToken);
        await PriceAsync(waiting, salesActor, c => c with { DiscountPercent = 8m, AddSku = "SVC-SUPPORT-ENT", AddQuantity = 2 }, cancellationToken);
        await issue.HandleAsync(waiting.Id, null, salesActor, cancellationToken);
        await SeedConversationAsync(waiting, helios.User, sales, cancellationToken);

        await PriceAsync(accepted, salesActor, c => c with { DiscountPercent = 3m, ValidityDays = 45 }, cancellationToken);
        await issue.HandleAsync(accepted.Id, null, salesActor, cancellationToken);

        await PriceAsync(pending, salesActor, c => c with { DiscountPercent = 14m }, cancellationToken);
        await issue.HandleAsync(pending.Id, null, salesActor, cancellationToken);
        await SeedExportHoldAsync(products, helios.User, sales, salesActor, quarter, now, cancellationToken);
        await SeedBuyerApprovalAsync(products, helios, sales, salesActor, quarter, now, cancellationToken);

        var buyer = new Actor(fjord.User.Id, fjord.User.FullName, fjord.User.OrganizationId, new HashSet<string> { PortalRoles.Customer }, CompanyRoles.All);
        await accept.HandleAsync(accepted.Id, new AcceptQuoteCommand(fjord.User.FullName, "Head of procurement", "PO-FJ-2026-118", true, accepted.Revision),
            "192.0.2.10", buyer, cancellationToken);
    }

    private async Task PriceAsync(Quote quote, Actor salesActor, Func<PriceQuoteCommand, PriceQuoteCommand> change, CancellationToken cancellationToken)
    {
        var result = await pricer.HandleAsync(quote.Id, null, change(PriceQuoteCommand.Of(quote, vendor.QuoteTerms.ValidityDays)), salesActor, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo pricing of {quote.Number} was refused: {string.Join(" ", result.Errors.Select(e => e.Message))}");
        }
    }

    /// <summary>Requests further along: one sales is working on (past the two-day target), one sent back for changes, one rejected.</summary>
    private async Task SeedReviewAsync(IReadOnlyDictionary<string, Product> products, (PortalUser User, int SiteId) helios,
        (PortalUser User, int SiteId) fjord, Quarter quarter, DateTime now, CancellationToken cancellationToken)
    {
        var sales = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Sales.Email, cancellationToken);
        var inReview = await SubmittedAsync(fjord, now.AddDays(-6), "Air-cooled inference racks for Rjukan Hall A.", quarter,
            q => q.AddConfiguration(products["TRN2-RACK-48U"],
                [(products["TRN2-SRV-16"], 2), (products["EFA-SW-25T"], 1), (products["STOR-NVME-1U"], 1)], 2, now), cancellationToken);
        inReview.Claim(sales.Id, now.AddDays(-1));
        Record(inReview, sales, now.AddDays(-1), QuoteAudit.Claimed, "InReview");

        var changes = await SubmittedAsync(helios, now.AddDays(-8), "Storage for the training cluster.", quarter.Plus(1),
            q => q.AddProduct(products["STOR-NVME-2U"], 6, now), cancellationToken);
        changes.Claim(sales.Id, now.AddDays(-7));
        Record(changes, sales, now.AddDays(-7), QuoteAudit.Claimed, "InReview");
        const string changesNote = "Storage nodes ship inside a rack: add them to a Trainium2 or Trainium3 rack configuration, or tell us the rack they go into.";
        changes.RequestChanges(changesNote, now.AddDays(-6));
        Record(changes, sales, now.AddDays(-6), QuoteAudit.ChangesRequested, "ChangesRequested", changesNote);

        var rejected = await SubmittedAsync(fjord, now.AddDays(-12), "Spare sleds.", quarter,
            q => q.AddProduct(products["TRN3-SLED-8"], 2, now), cancellationToken);
        const string rejection = "Trainium3 sleds are sold only inside UltraServer racks; Rjukan Hall A is air-cooled, so we suggest Trainium2 instead.";
        rejected.Reject(rejection, now.AddDays(-10));
        Record(rejected, sales, now.AddDays(-10), QuoteAudit.Rejected, "Rejected", rejection);
    }

    private async Task<Quote> SubmittedAsync((PortalUser User, int SiteId) buyer, DateTime created, string notes, Quarter quarter,
        Action<Quote> fill, CancellationToken cancellationToken)
    {
        var quote = await DraftAsync(buyer, created, notes, quarter, fill, cancellationToken);
        quote.Submit(created.AddHours(1));
        Record(quote, buyer.User, created.AddHours(1), QuoteAudit.Submitted, "Submitted");
        return quote;
    }

    /// <summary>Adds submitted one-line quote requests for Helios until it has <paramref name="count"/> of them.</summary>
    public async Task SeedBulkAsync(int count, DateTime now, CancellationToken cancellationToken = default)
    {
        const int batch = 2_000;
        var helios = await BuyerAsync(DemoAccounts.Companies[0].Owner.Email, cancellationToken);
        var service = await db.Products.SingleAsync(p => p.Sku == "SVC-NEURON-ENG", cancellationToken);
        var quarter = Quarter.Containing(now).Plus(2);
        var missing = count - await db.Quotes.CountAsync(q => q.OrganizationId == helios.User.OrganizationId, cancellationToken);
        for (var done = 0; done < missing; done += batch)
        {
            var quotes = Enumerable.Range(done, Math.Min(batch, missing - done)).Select(i =>
            {
                var created = now.AddMinutes(-i - 10);
                var quote = new Quote(helios.User.OrganizationId!.Value, helios.User.Id, created);
                quote.AddProduct(service, 1 + i % 4, created);
                quote.Describe(helios.SiteId, quarter, $"Bulk request {i}", created);
                _ = quote.TakeEvents();
                return quote;
            }).ToList();
            db.Quotes.AddRange(quotes);
            await db.SaveChangesAsync(cancellationToken);
            quotes.ForEach(q =>
            {
                q.Submit(q.CreatedUtc);
                _ = q.TakeEvents();
            });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task<(PortalUser User, int SiteId)> BuyerAsync(string email, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleAsync(u => u.Email == email, cancellationToken);
        var site = await db.Sites.Where(s => s.OrganizationId == user.OrganizationId).Select(s => s.Id).FirstAsync(cancellationToken);
        return (user, site);
    }

    private async Task<Quote> DraftAsync((PortalUser User, int SiteId) buyer, DateTime created, string notes, Quarter? quarter,
        Action<Quote> fill, CancellationToken cancellationToken)
    {
        var quote = new Quote(buyer.User.OrganizationId!.Value, buyer.User.Id, created);
        fill(quote);
        quote.Describe(buyer.SiteId, quarter, notes, created);
        _ = quote.TakeEvents();
        db.Quotes.Add(quote);
        await db.SaveChangesAsync(cancellationToken);
        Record(quote, buyer.User, created, QuoteAudit.Created);
        return quote;
    }

    /// <summary>
    /// Writes a step the demo made by hand into the quote's history, as of when and by whom it happened, in place of
    /// the events the step recorded (which would tell it now, as the seeder, and mail people about the past).
    /// </summary>
    private void Record(Quote quote, PortalUser person, DateTime at, AuditAction action, string? toState = null, string? reason = null)
    {
        _ = quote.TakeEvents();
        db.AuditEvents.Add(new AuditEvent(at, person.FullName, QuoteAudit.EntityType, quote.Id.ToString(CultureInfo.InvariantCulture), action,
            toState: toState, reason: reason));
    }
}
