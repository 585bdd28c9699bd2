using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Infrastructure.Persistence;
using StripeClient = Stripe.StripeClient;
using Stripe.Checkout;

namespace Portal.Benchmarks;

/// <summary>
/// The 'webhooks' benchmark's data: accepted quotes for the demo buyer, each with its card deposit due, a checkout
/// session for each at the stand-in, paid there; and the checkout.session.completed events that payment raised.
/// </summary>
internal static class WebhookBenchmarkData
{
    public const string SecretKey = "sk_test_benchmark";
    public const string WebhookSecret = "whsec_benchmark";

    /// <summary>Writes the accepted quotes and their deposits straight to the database; answers the deposits.</summary>
    public static async Task<IReadOnlyList<Deposit>> SeedAsync(PortalDbContext db, int count, DateTime now)
    {
        var buyer = await db.Users.SingleAsync(u => u.Email == DemoBuyer.Email);
        var site = await db.Sites.Where(s => s.OrganizationId == buyer.OrganizationId).Select(s => s.Id).FirstAsync();
        var service = await db.Products.SingleAsync(p => p.Sku == "SVC-INSTALL-RACK");
        var quotes = Enumerable.Range(0, count).Select(i =>
        {
            var quote = new Quote(buyer.OrganizationId!.Value, buyer.Id, now);
            quote.AddProduct(service, 1 + i % 3, now);
            quote.Describe(site, Quarter.Containing(now).Plus(2), $"Webhook benchmark {i}", now);
            return quote;
        }).ToList();
        db.Quotes.AddRange(quotes);
        await db.SaveChangesAsync();
        var deposits = quotes.Select(quote =>
        {
            quote.Submit(now);
            quote.Claim(buyer.Id, now);
            quote.Approve(10, now);
            var total = new Money(18_500_000L * quote.Products[0].Quantity, "USD");
            quote.Issue(now, now.AddDays(30), new RevisionTotals(total, Money.Zero("USD"), Money.Zero("USD"), total, new Money(total.MinorUnits / 10, "USD")));
            quote.Accept(new QuoteAcceptance(buyer.FullName, "Procurement", null, "127.0.0.1", quote.Revision, now), now);
            return Deposit.ForQuote(quote, new Money(1_850_000L * quote.Products[0].Quantity, "USD"), takesCards: true, now);
        }).ToList();
        db.Deposits.AddRange(deposits);
        await db.SaveChangesAsync();
        return deposits;
    }

    /// <summary>Opens a checkout session for each deposit at the stand-in and pays it on the hosted page, a few at a time.</summary>
    public static async Task PayAtStandInAsync(Uri standIn, IReadOnlyList<Deposit> deposits, CancellationToken cancellationToken)
    {
        var sessions = new SessionService(new StripeClient(SecretKey, apiBase: standIn.ToString().TrimEnd('/')));
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = standIn };
        await Parallel.ForEachAsync(deposits, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (deposit, token) =>
        {
            var session = await sessions.CreateAsync(new SessionCreateOptions
            {
                Mode = "payment",
                SuccessUrl = "http://127.0.0.1/back",
                LineItems = [new SessionLineItemOptions { Quantity = 1, PriceData = new SessionLineItemPriceDataOptions { Currency = "usd", UnitAmount = deposit.AmountMinorUnits, ProductData = new() { Name = deposit.Description } } }],
                Metadata = new Dictionary<string, string> { ["deposit_id"] = deposit.Id.ToString(CultureInfo.InvariantCulture) },
            }, cancellationToken: token);
            using var paid = await browser.PostAsync($"/checkout/{session.Id}/pay", null, token);
            if (paid.StatusCode != System.Net.HttpStatusCode.Redirect)
            {
                throw new BenchmarkFailedException($"The stand-in answered {(int)paid.StatusCode} to paying {session.Id}.");
            }
        });
    }

    /// <summary>The raw JSON of every checkout.session.completed event the stand-in raised, as its webhooks would carry them.</summary>
    public static async Task<IReadOnlyList<string>> CompletedEventsAsync(Uri standIn, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = standIn };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", SecretKey);
        using var list = JsonDocument.Parse(await client.GetStringAsync("/v1/events?type=checkout.session.completed&limit=10000", cancellationToken));
        return list.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetRawText()).ToList();
    }
}
