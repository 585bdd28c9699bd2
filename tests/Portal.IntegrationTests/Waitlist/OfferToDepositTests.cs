using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Waitlist;
using Portal.Application.Waitlist.AcceptOffer;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Payments.DepositSteps;

namespace Portal.IntegrationTests.Waitlist;

/// <summary>
/// A waitlist offer crosses every seam by the pages a person uses: the customer accepts it, the request reaches sales
/// with its bare racks held, sales saves its pricing and completes the racks, the quote is approved and issued with
/// what sales typed, and the customer accepts it and pays the deposit by card, which commits the offered supply.
/// </summary>
public abstract class OfferToDepositTests(PaymentsPortal portal)
{
    private const string Rack = "TRN3-RACK-48U";
    private const string Switch = "EFA-SW-51T";
    /// <summary>Quarters after the demo's own (up to 3 ahead), within the quarter horizon.</summary>
    private static readonly OwnQuarters Quarters = new(4);

    private Quarter OwnQuarter() => Quarters.Next(portal.Provider);

    private PortalFactory Factory => portal.Factory;

    private Task<Quote> QuoteAsync(int id) =>
        Factory.QueryAsync(db => db.Quotes.AsNoTracking().Include(q => q.Racks).ThenInclude(c => c.Components).SingleAsync(q => q.Id == id));

    [SkippableFact]
    public async Task AnOfferBecomesARequestThatSalesCompletesPricesAndIssuesAndTheCustomerPaysItsDeposit()
    {
        var quarter = OwnQuarter();
        await Supply.SetAsync(Factory, Rack, quarter, 0);
        var email = await Customers.AddAsync(Factory, $"o{Guid.NewGuid():N}"[..10]);
        using var customer = await Factory.SignedInAsync(email);
        using var sales = await Factory.SignedInAsync(Sales);
        await customer.SubmitAsync($"/Customer/Waitlist/Join?sku={Rack}", new Dictionary<string, string> { ["Quantity"] = "2", ["Quarter"] = quarter.ToString() });
        await Supply.SetAsync(Factory, Rack, quarter, 2);
        await Jobs.RunAsync<WaitlistOffers>(Factory);
        var entry = await Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Quarter == quarter));
        Assert.Equal((WaitlistStatus.Offered, 2), (entry.Status, entry.OfferedUnits));

        // The customer accepts the offer: a submitted request with the two bare racks, held for it.
        var accepted = await customer.SubmitAsync("/Customer/Waitlist", new Dictionary<string, string>(), $"/Customer/Waitlist/Accept/{entry.Id}");
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        var id = (await Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id))).QuoteId!.Value;
        Assert.Equal((QuoteStatus.Submitted, 2, 0), ((await QuoteAsync(id)).Status, (await QuoteAsync(id)).RackCount, (await QuoteAsync(id)).Racks.Single().Components.Count));

        // Sales claims it: the page says what is missing and offers no approval until it is complete.
        await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Claim/{id}");
        var review = await sales.GetAsync($"/Staff/Quotes/Details/{id}");
        Assert.Contains("2 racks need at least 1 network switch", review.Text("#missing-heading + ul"));
        Assert.Null(review.Document.QuerySelector($"form[action='/Staff/Quotes/Approve/{id}']"));

        // Sales' pricing is saved while the racks are incomplete; approving before they are complete is refused, clearly.
        var priced = await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string> { ["Pricing.DiscountPercent"] = "5" }, $"/Staff/Quotes/Price/{id}");
        Assert.True(priced.Status == HttpStatusCode.Redirect, priced.Text("[role=alert]"));
        var early = await sales.PostAsync($"/Staff/Quotes/Approve/{id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await sales.AntiforgeryTokenAsync($"/Staff/Quotes/Details/{id}"),
        });
        Assert.Equal(HttpStatusCode.Conflict, early.Status);
        Assert.Contains("cannot be approved or issued until its lines are complete", early.Body);
        Assert.Equal((QuoteStatus.InReview, 5m), ((await QuoteAsync(id)).Status, (await QuoteAsync(id)).DiscountPercent));
        var unknown = await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string> { ["Pricing.Configurations[0].AddSku"] = "NO-SUCH-SWITCH" }, $"/Staff/Quotes/Price/{id}");
        Assert.Equal("Choose a component from the list.", unknown.FieldMessage("Pricing.Configurations[0].AddSku"));

        // Sales adds a switch to each rack and presses "Save and approve": what it typed is saved, then issued with it.
        var issued = await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>
        {
            ["Pricing.Configurations[0].AddSku"] = Switch, ["Pricing.Configurations[0].AddQuantity"] = "1", ["Pricing.DiscountPercent"] = "6", ["then"] = "approve",
        }, $"/Staff/Quotes/Price/{id}");
        Assert.True(issued.Status == HttpStatusCode.Redirect, issued.Text("[role=alert]"));
        Assert.Contains("Approved and issued", (await sales.GetAsync($"/Staff/Quotes/Details/{id}")).Text("[role=status]"));
        var quote = await QuoteAsync(id);
        Assert.Equal((1, 6m), (quote.Racks.Single().Components.Single().Quantity, quote.DiscountPercent));
        Assert.Equal(QuoteStatus.Issued, quote.Status);
        Assert.True(quote.IssuedSalesDiscountMinorUnits > 0);
        var revision = await Factory.QueryAsync(db => db.QuoteRevisions.AsNoTracking().SingleAsync(r => r.QuoteId == id));
        Assert.Contains(revision.Lines, l => l.Sku == Switch);
        Assert.Equal((2, 0), ((await Supply.OfAsync(Factory, Rack, quarter)).Held, (await Supply.OfAsync(Factory, Rack, quarter)).Committed));

        // The customer accepts it on its page and pays the deposit by card: the offered racks are committed.
        var accept = await customer.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string>
        {
            ["Accept.Name"] = "Morgan Lake", ["Accept.Title"] = "Head of infrastructure", ["Accept.AcceptTerms"] = "true",
        }, $"/Customer/Quotes/Accept/{id}");
        Assert.Equal(HttpStatusCode.Redirect, accept.Status);
        var deposit = await DepositOfQuoteAsync(Factory, id);
        Assert.Equal(DepositMethod.Card, deposit.Method);
        var session = await CheckoutAsync(customer, deposit.Id);
        await OnCheckoutPageAsync(portal.StandIn, session);
        await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
        Assert.Equal(QuoteStatus.DepositPaid, (await QuoteAsync(id)).Status);
        Assert.Equal((0, 2), ((await Supply.OfAsync(Factory, Rack, quarter)).Held, (await Supply.OfAsync(Factory, Rack, quarter)).Committed));
    }

    [SkippableFact]
    public async Task AnOfferToACompanyNowHeldForReviewIsRefusedAndStaysOpen()
    {
        var (entry, email) = await OfferToACompanyThatThenAsync(o => o.HoldForScreeningReview());
        using var customer = await Factory.SignedInAsync(email);
        var before = await WrittenAsync(entry, email);

        var refused = await customer.SubmitAsync("/Customer/Waitlist", new Dictionary<string, string>(), $"/Customer/Waitlist/Accept/{entry.Id}");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("export-compliance review; you can accept offers once it is complete", refused.Text("[role=alert]"));
        Assert.Contains("The offer stays open until", refused.Text("[role=alert]"));
        Assert.Equal(before, await WrittenAsync(entry, email));
    }

    /// <summary>A suspended company's people are signed out: its offer can only be accepted by the use case itself, which refuses it.</summary>
    [SkippableFact]
    public async Task AnOfferToACompanyNowSuspendedIsRefusedAndStaysOpen()
    {
        var (entry, email) = await OfferToACompanyThatThenAsync(o => o.Suspend());
        var actor = await ActorAsync(Factory, email, Application.Common.PortalRoles.Customer);
        var site = await Factory.QueryAsync(db => db.Sites.Where(s => s.OrganizationId == entry.OrganizationId).Select(s => s.Id).FirstAsync());
        var before = await WrittenAsync(entry, email);

        using var scope = Factory.Services.CreateScope();
        var refused = await scope.ServiceProvider.GetRequiredService<AcceptOfferHandler>().HandleAsync(new AcceptOfferCommand(entry.Id, entry.Version, site), actor);

        var error = Assert.Single(refused.Errors);
        Assert.Contains("Your company's account is suspended", error.Message);
        Assert.Contains("The offer stays open until", error.Message);
        Assert.Equal(before, await WrittenAsync(entry, email));
    }

    /// <summary>A new company's offer, made while it stood well; then it falls out of standing.</summary>
    private async Task<(WaitlistEntry Entry, string Email)> OfferToACompanyThatThenAsync(Action<Organization> fallOut)
    {
        var quarter = OwnQuarter();
        await Supply.SetAsync(Factory, Rack, quarter, 0);
        var email = await Customers.AddAsync(Factory, $"h{Guid.NewGuid():N}"[..10]);
        using (var customer = await Factory.SignedInAsync(email))
        {
            await customer.SubmitAsync($"/Customer/Waitlist/Join?sku={Rack}", new Dictionary<string, string> { ["Quantity"] = "1", ["Quarter"] = quarter.ToString() });
        }
        await Supply.SetAsync(Factory, Rack, quarter, 1);
        await Jobs.RunAsync<WaitlistOffers>(Factory);
        var entry = await Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Quarter == quarter));
        await Factory.QueryAsync(async db =>
        {
            fallOut(await db.Organizations.SingleAsync(o => o.Id == entry.OrganizationId));
            return await db.SaveChangesAsync();
        });
        return (entry, email);
    }

    /// <summary>What a refused acceptance must leave as it was: the offer, the units held for it, the quotes, the customer's mails.</summary>
    private async Task<(WaitlistStatus, int, int?, int Quotes, int Held, int Mails)> WrittenAsync(WaitlistEntry offer, string email)
    {
        var entry = await Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Id == offer.Id));
        return (entry.Status, entry.Version, entry.QuoteId, await Factory.QueryAsync(db => db.Quotes.CountAsync()),
            (await Supply.OfAsync(Factory, Rack, offer.OfferedQuarter!.Value)).Held, Outbox.AllTo(Factory, email).Count);
    }
}

public sealed class OfferToDepositOnSqlite(SqlitePayments portal) : OfferToDepositTests(portal), IClassFixture<SqlitePayments>;

public sealed class OfferToDepositOnPostgreSql(PostgresPayments portal) : OfferToDepositTests(portal), IClassFixture<PostgresPayments>;
