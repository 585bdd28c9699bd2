using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;
using Portal.StripeStandIn;
using Stripe.Checkout;
using static Portal.IntegrationTests.Payments.DepositSteps;

namespace Portal.IntegrationTests.Payments;

/// <summary>
/// A customer pays the deposit of an accepted quote by card, through Stripe.net's real client and the Stripe stand-in:
/// the deposit is paid only when the verified webhook says so, once, for exactly what is due.
/// </summary>
public abstract class DepositPaymentTests(PaymentsPortal portal)
{
    private const string Rack = "TRN3-RACK-48U";
    /// <summary>Quarters after the demo's own (up to 3 ahead), within the quarter horizon.</summary>
    private static readonly OwnQuarters Quarters = new(4);

    private PortalFactory Factory => portal.Factory;

    /// <summary>A quarter of its own for each test, with the given supply of the rack.</summary>
    private async Task<(Quarter Quarter, int Offset)> OwnQuarterAsync(int supply)
    {
        var offset = Quarters.NextOffset(portal.Provider);
        var quarter = Quarter.Containing(DateTime.UtcNow).Plus(offset);
        await Supply.SetAsync(Factory, Rack, quarter, supply);
        return (quarter, offset);
    }

    /// <summary>A new customer with an accepted quote for one rack with its switch: a deposit small enough for a card.</summary>
    private async Task<(string Customer, int QuoteId, Deposit Deposit, Quarter Quarter)> AcceptedRackAsync(int supply = 5)
    {
        var (quarter, offset) = await OwnQuarterAsync(supply);
        var customer = await Customers.AddAsync(Factory, $"p{Guid.NewGuid():N}"[..10]);
        var (quoteId, deposit) = await AcceptedQuoteAsync(Factory, customer, b => b.WithConfiguration(Rack, [("EFA-SW-51T", 1)], 1).ForQuarter(offset));
        return (customer, quoteId, deposit, quarter);
    }

    private Task<Quote> QuoteAsync(int id) => Factory.QueryAsync(db => db.Quotes.AsNoTracking().SingleAsync(q => q.Id == id));

    [SkippableFact]
    public async Task TheDepositIsProcessingWhenThePayerReturnsAndPaidOnlyWhenTheWebhookArrivesWhichCommitsTheSupply()
    {
        var (customerEmail, quoteId, deposit, quarter) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        var revision = await Factory.QueryAsync(db => db.QuoteRevisions.AsNoTracking().SingleAsync(r => r.QuoteId == quoteId));
        Assert.Equal(DepositMethod.Card, deposit.Method);
        Assert.Equal(revision.DepositMinorUnits, deposit.AmountMinorUnits);
        Assert.Equal(1, (await Supply.OfAsync(Factory, Rack, quarter)).Held);
        var quotePage = await customer.GetAsync($"/Customer/Quotes/Details/{quoteId}");
        Assert.Contains("Pay the deposit", quotePage.Text("main"));
        using var raw = await customer.Http.GetAsync($"/Customer/Deposits/Details/{deposit.Id}");
        Assert.Contains("form-action 'self' http://stripe.test;", raw.Headers.GetValues("Content-Security-Policy").Single());

        portal.StandIn.Webhooks.Hold();
        try
        {
            var sessionId = await CheckoutAsync(customer, deposit.Id);
            var session = await new SessionService(portal.StandIn.Client()).GetAsync(sessionId);
            Assert.Equal(deposit.AmountMinorUnits, session.AmountTotal);
            Assert.Equal(deposit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), session.Metadata["deposit_id"]);
            Assert.Equal((await QuoteAsync(quoteId)).Number, session.Metadata["quote_number"]);
            Assert.Equal("1", session.Metadata["quote_revision"]);

            var paid = await OnCheckoutPageAsync(portal.StandIn, sessionId);
            Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
            var back = await customer.GetAsync(paid.Headers.Location!.PathAndQuery);
            Assert.Contains("Processing", back.Text("main"));
            Assert.NotNull(back.Document.QuerySelector("meta[http-equiv=refresh]"));
            Assert.Equal(DepositState.Due, (await DepositAsync(Factory, deposit.Id)).State);
            Assert.Equal(QuoteStatus.Accepted, (await QuoteAsync(quoteId)).Status);
        }
        finally
        {
            portal.StandIn.Webhooks.Release();
        }

        var confirmed = await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
        Assert.StartsWith("pi_test_", confirmed.PaymentIntentId);
        Assert.Equal(QuoteStatus.DepositPaid, (await QuoteAsync(quoteId)).Status);
        var allocation = await Supply.OfAsync(Factory, Rack, quarter);
        Assert.Equal((0, 1), (allocation.Held, allocation.Committed));
        Assert.Equal(1, await AuditCountAsync(Factory, quoteId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Deposit paid"));
        await WaitForMailAsync(Factory, customerEmail, "Deposit received");
        var after = await customer.GetAsync($"/Customer/Deposits/Details/{deposit.Id}?returned=true");
        Assert.DoesNotContain("Processing", after.Text("main"));
        Assert.Contains("supply on your quote is committed", after.Text("main"));
    }

    [SkippableFact]
    public async Task WhileTheCardPaymentIsProcessingThePageSaysSoAndOffersNoSecondPayAndCheckoutLeadsBackToThePortal()
    {
        var (customerEmail, _, deposit, _) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        var payForm = $"form[action='/Customer/Deposits/Pay/{deposit.Id}']";
        Assert.NotNull((await customer.GetAsync($"/Customer/Deposits/Details/{deposit.Id}")).Document.QuerySelector(payForm));

        portal.StandIn.Webhooks.Hold();
        try
        {
            var sessionId = await CheckoutAsync(customer, deposit.Id);
            using var browser = portal.StandIn.Browser();
            var checkout = await browser.GetStringAsync($"/checkout/{sessionId}");
            Assert.Matches($"<a href=\"https?://[^\"]+/Customer/Deposits/Details/{deposit.Id}\">Back to the portal without paying</a>", checkout);

            var paid = await OnCheckoutPageAsync(portal.StandIn, sessionId);
            var back = await customer.GetAsync(paid.Headers.Location!.PathAndQuery);

            Assert.Contains("Processing", back.Text("main [role=status]"));
            Assert.Contains("Do not pay again", back.Text("main [role=status]"));
            Assert.Null(back.Document.QuerySelector(payForm));
            Assert.DoesNotContain("by card", back.Text("main button"));
            var completed = await browser.GetStringAsync($"/checkout/{sessionId}");
            Assert.Contains("This checkout is complete.", completed);
            Assert.Contains(">Back to the portal</a>", completed);
        }
        finally
        {
            portal.StandIn.Webhooks.Release();
        }
    }

    [SkippableFact]
    public async Task APaymentOnItsWayShowsAsProcessingHoweverThePayerComesBackToTheDeposit()
    {
        var (customerEmail, quoteId, deposit, _) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        var payForm = $"form[action='/Customer/Deposits/Pay/{deposit.Id}']";

        portal.StandIn.Webhooks.Hold();
        try
        {
            var sessionId = await CheckoutAsync(customer, deposit.Id);
            await OnCheckoutPageAsync(portal.StandIn, sessionId);
            // Not by the checkout's return link: from the quote's page, as from a mail or a bookmark.
            var quotePage = await customer.GetAsync($"/Customer/Quotes/Details/{quoteId}");
            var page = await customer.GetAsync(quotePage.Document.QuerySelector($"main a[href='/Customer/Deposits/Details/{deposit.Id}']")!.GetAttribute("href")!);

            Assert.Contains("Processing", page.Text("main [role=status]"));
            Assert.Null(page.Document.QuerySelector(payForm));
            Assert.NotNull(page.Document.QuerySelector("meta[http-equiv=refresh]"));
            Assert.Equal(DepositState.Due, (await DepositAsync(Factory, deposit.Id)).State);
        }
        finally
        {
            portal.StandIn.Webhooks.Release();
        }
    }

    [SkippableFact]
    public async Task ACheckoutLeftWithoutPayingIsNotProcessingAndPayLeadsBackToIt()
    {
        var (customerEmail, _, deposit, _) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        var sessionId = await CheckoutAsync(customer, deposit.Id);

        var page = await customer.GetAsync($"/Customer/Deposits/Details/{deposit.Id}");

        Assert.DoesNotContain("Processing", page.Text("main"));
        Assert.NotNull(page.Document.QuerySelector($"form[action='/Customer/Deposits/Pay/{deposit.Id}']"));
        Assert.Equal(sessionId, await CheckoutAsync(customer, deposit.Id));
    }

    [SkippableFact]
    public async Task AWebhookBeforeThePayerReturnsLeavesNothingToDoAndTheDepositCannotBePaidAgain()
    {
        var (customerEmail, _, deposit, _) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        var sessionId = await CheckoutAsync(customer, deposit.Id);

        var paid = await OnCheckoutPageAsync(portal.StandIn, sessionId);
        await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
        var back = await customer.GetAsync(paid.Headers.Location!.PathAndQuery);
        var again = await customer.PostAsync($"/Customer/Deposits/Pay/{deposit.Id}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await customer.AntiforgeryTokenAsync($"/Customer/Deposits/Details/{deposit.Id}") });

        Assert.DoesNotContain("Processing", back.Text("main"));
        Assert.Null(back.Document.QuerySelector($"form[action='/Customer/Deposits/Pay/{deposit.Id}']"));
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("cannot be paid by card now", again.Text("main"));
    }

    [SkippableFact]
    public async Task ADeclinedCardLeavesTheDepositDueAndTheSameCheckoutTakesAnotherTry()
    {
        var (customerEmail, _, deposit, _) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        var sessionId = await CheckoutAsync(customer, deposit.Id);

        var declined = await OnCheckoutPageAsync(portal.StandIn, sessionId, pay: false);
        Assert.Contains("declined", await declined.Content.ReadAsStringAsync());
        await portal.StandIn.Webhooks.OfAsync("payment_intent.payment_failed", deposit.Reference);
        var noted = await WaitForAsync(Factory, deposit.Id, d => d.Problem is not null);
        Assert.Equal(DepositState.Due, noted.State);
        Assert.Contains("declined", (await customer.GetAsync($"/Customer/Deposits/Details/{deposit.Id}")).Text("[role=alert]"));

        Assert.Equal(sessionId, await CheckoutAsync(customer, deposit.Id));
        await OnCheckoutPageAsync(portal.StandIn, sessionId);
        var paid = await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
        Assert.Null(paid.Problem);
    }

    [SkippableFact]
    public async Task ACheckoutTheProviderNoLongerKnowsIsReplacedByANewOne()
    {
        var (customerEmail, _, deposit, _) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        await Factory.QueryAsync(async db =>
        {
            var stale = await db.Deposits.SingleAsync(d => d.Id == deposit.Id);
            stale.OpenCheckout("cs_test_from_before_a_restart", "http://stripe.test/checkout/cs_test_from_before_a_restart", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var sessionId = await CheckoutAsync(customer, deposit.Id);

        Assert.NotEqual("cs_test_from_before_a_restart", sessionId);
        Assert.Equal(sessionId, (await DepositAsync(Factory, deposit.Id)).CheckoutSessionId);
    }

    [SkippableFact]
    public async Task TheSameWebhookDeliveredAgainEvenManyTimesAtOnceHasNoSecondEffect()
    {
        var (customerEmail, quoteId, deposit, quarter) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        var sessionId = await CheckoutAsync(customer, deposit.Id);
        await OnCheckoutPageAsync(portal.StandIn, sessionId);
        await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
        var (body, signature) = (await portal.StandIn.Webhooks.OfAsync("checkout.session.completed", sessionId))[0];

        using var stripe = Factory.CreateClient();
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostWebhookAsync(stripe, body, signature)));

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, "Duplicate"), a));
        Assert.Equal(1, await AuditCountAsync(Factory, quoteId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Deposit paid"));
        Assert.Equal(1, await AuditCountAsync(Factory, deposit.Reference, "Paid"));
        Assert.Equal((0, 1), await Factory.QueryAsync(async db =>
        {
            var a = await db.Allocations.AsNoTracking().SingleAsync(a => a.Quarter == quarter && db.Products.Any(p => p.Id == a.ProductId && p.Sku == Rack));
            return (a.Held, a.Committed);
        }));
    }

    [SkippableFact]
    public async Task AForgedSignatureAStaleTimestampOrNoSignatureIsRefusedAndChangesNothing()
    {
        var (customerEmail, _, deposit, _) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        portal.StandIn.Webhooks.Hold();
        string body;
        try
        {
            var sessionId = await CheckoutAsync(customer, deposit.Id);
            await OnCheckoutPageAsync(portal.StandIn, sessionId);
            (body, _) = (await portal.StandIn.Webhooks.OfAsync("checkout.session.completed", sessionId))[0];

            using var stripe = Factory.CreateClient();
            foreach (var signature in new[]
                     {
                         WebhookSigner.Sign(body, "whsec_forged", DateTimeOffset.UtcNow),
                         WebhookSigner.Sign(body, StripeStandIn.Secret, DateTimeOffset.UtcNow.AddMinutes(-6)),
                         WebhookSigner.Sign(body.Replace(deposit.Reference, "D-FORGED", StringComparison.Ordinal), StripeStandIn.Secret, DateTimeOffset.UtcNow)
                             .Replace("v1=", "v1=00", StringComparison.Ordinal),
                         null,
                     })
            {
                Assert.Equal(HttpStatusCode.BadRequest, (await PostWebhookAsync(stripe, body, signature)).Status);
            }
            Assert.Equal(DepositState.Due, (await DepositAsync(Factory, deposit.Id)).State);
            Assert.False(await Factory.QueryAsync(db => db.ProcessedPaymentEvents.AnyAsync(e => body.Contains(e.Id))));
        }
        finally
        {
            portal.StandIn.Webhooks.Release();
        }
        await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
    }

    [SkippableFact]
    public async Task AnEventOfAnotherTypeIsAcknowledgedAndIgnoredAndAnOversizedBodyIsRefused()
    {
        const string body = """{"id":"evt_test_other","object":"event","type":"customer.created","api_version":"2026-10-28.endive","created":1790000000,"livemode":false,"pending_webhooks":1,"data":{"object":{"id":"cus_test_1","object":"customer"}}}""";
        using var stripe = Factory.CreateClient();
        var other = await PostWebhookAsync(stripe, body, SignedNow(body));
        using var huge = await stripe.PostAsync("/payments/webhook", new StringContent(new string('x', 600_000), Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.OK, "Ignored"), other);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [SkippableFact]
    public async Task APaymentOfAnotherAmountIsNotAcceptedAndTheAdminsAreTold()
    {
        var (_, quoteId, deposit, _) = await AcceptedRackAsync();
        var session = await new SessionService(portal.StandIn.Client()).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            SuccessUrl = "http://portal.test/back",
            LineItems = [new SessionLineItemOptions { Quantity = 1, PriceData = new SessionLineItemPriceDataOptions { Currency = "usd", UnitAmount = deposit.AmountMinorUnits - 100, ProductData = new() { Name = "Tampered" } } }],
            Metadata = new Dictionary<string, string> { ["deposit_id"] = deposit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        });

        await OnCheckoutPageAsync(portal.StandIn, session.Id);

        var refused = await WaitForAsync(Factory, deposit.Id, d => d.Problem is not null);
        Assert.Equal(DepositState.Due, refused.State);
        await WaitForMailAsync(Factory, Admin, $"Payment for {deposit.Reference} does not match");
        Assert.Contains(MoneyText.Format(deposit.Amount, 2), refused.Problem);
        Assert.Equal(QuoteStatus.Accepted, (await QuoteAsync(quoteId)).Status);
    }

    [SkippableFact]
    public async Task WhenTheStandInIsDownOrSlowThePayerIsToldNothingChangesAndALaterTrySucceeds()
    {
        var (customerEmail, _, deposit, _) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        try
        {
            foreach (var state in new[] { StandInState.Down, StandInState.Slow })
            {
                portal.Link.State = state;
                var refused = await PressPayAsync(customer, deposit.Id);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
                Assert.Contains("could not be reached or did not answer in time", refused.Text("main"));
                var unchanged = await DepositAsync(Factory, deposit.Id);
                Assert.Equal((deposit.Version, null, DepositState.Due), (unchanged.Version, unchanged.CheckoutSessionId, unchanged.State));
            }
        }
        finally
        {
            portal.Link.State = StandInState.Up;
        }
        var sessionId = await CheckoutAsync(customer, deposit.Id);
        await OnCheckoutPageAsync(portal.StandIn, sessionId);
        await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
    }

    [SkippableFact]
    public async Task EventsThatArriveOutOfOrderAreActedOnAsTheObjectStandsNow()
    {
        var (customerEmail, _, deposit, _) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        portal.StandIn.Webhooks.RefuseAll = true;
        (string Body, string Signature) declined, completed;
        try
        {
            var sessionId = await CheckoutAsync(customer, deposit.Id);
            await OnCheckoutPageAsync(portal.StandIn, sessionId, pay: false);
            await OnCheckoutPageAsync(portal.StandIn, sessionId);
            // Every attempt refused: the stand-in has given both up before the portal hears of them.
            declined = (await portal.StandIn.Webhooks.OfAsync("payment_intent.payment_failed", deposit.Reference, count: 4))[0];
            completed = (await portal.StandIn.Webhooks.OfAsync("checkout.session.completed", sessionId, count: 4))[0];
        }
        finally
        {
            portal.StandIn.Webhooks.RefuseAll = false;
        }

        using var stripe = Factory.CreateClient();
        foreach (var (body, _) in new[] { completed, declined })
        {
            Assert.Equal("Processed", (await PostWebhookAsync(stripe, body, SignedNow(body))).Text);
        }

        var paid = await DepositAsync(Factory, deposit.Id);
        Assert.Equal(DepositState.Paid, paid.State);
        Assert.Null(paid.Problem);
    }

    [SkippableFact]
    public async Task AWebhookThePortalCannotCheckWhileStripeIsUnreachableIsDeliveredAgainAndThenApplied()
    {
        var (customerEmail, _, deposit, _) = await AcceptedRackAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        var sessionId = await CheckoutAsync(customer, deposit.Id);
        portal.Link.State = StandInState.Down;
        try
        {
            await OnCheckoutPageAsync(portal.StandIn, sessionId);
            await portal.StandIn.Webhooks.AnsweredAsync("checkout.session.completed", sessionId, HttpStatusCode.ServiceUnavailable);
            Assert.Equal(DepositState.Due, (await DepositAsync(Factory, deposit.Id)).State);
        }
        finally
        {
            portal.Link.State = StandInState.Up;
        }

        await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
        await portal.StandIn.Webhooks.AnsweredAsync("checkout.session.completed", sessionId, HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task AnAdminCancellingAPaidQuoteRefundsTheDepositAndTheReleasedSupplyIsOfferedToTheWaitlist()
    {
        var (customerEmail, quoteId, deposit, quarter) = await AcceptedRackAsync(supply: 1);
        using var customer = await Factory.SignedInAsync(customerEmail);
        await OnCheckoutPageAsync(portal.StandIn, await CheckoutAsync(customer, deposit.Id));
        await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
        using var waiting = await Factory.SignedInAsync(await Customers.AddAsync(Factory, $"w{Guid.NewGuid():N}"[..10]));
        await waiting.SubmitAsync($"/Customer/Waitlist/Join?sku={Rack}", new Dictionary<string, string> { ["Quantity"] = "1", ["Quarter"] = quarter.ToString() });
        using var sales = await Factory.SignedInAsync(Sales);
        using var admin = await Factory.SignedInAsync(Admin);
        var page = $"/Staff/Quotes/Details/{quoteId}";
        var cancel = $"/Staff/Deposits/CancelQuote?quoteId={quoteId}";
        var reason = new Dictionary<string, string> { ["reason"] = "The customer's site lost its power contract." };

        var bySales = await sales.PostAsync(cancel, new Dictionary<string, string>(reason) { ["__RequestVerificationToken"] = await sales.AntiforgeryTokenAsync(page) });
        var noReason = await admin.SubmitAsync(page, new Dictionary<string, string> { ["reason"] = " " }, cancel);
        var toldWhy = await admin.GetAsync(noReason.Location!);
        var unreachable = await portal.Link.WhileAsync(StandInState.Down, () => admin.SubmitAsync(page, reason, cancel));
        Assert.True(bySales.Status == HttpStatusCode.Forbidden || bySales.Location?.Contains("AccessDenied", StringComparison.Ordinal) == true, $"{bySales.Status} {bySales.Location}");
        Assert.Contains("Say why", toldWhy.Text("main"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unreachable.Status);
        Assert.Equal(QuoteStatus.DepositPaid, (await QuoteAsync(quoteId)).Status);
        Assert.Equal(DepositState.Paid, (await DepositAsync(Factory, deposit.Id)).State);
        Assert.Equal(1, (await Supply.OfAsync(Factory, Rack, quarter)).Committed);

        var cancelled = await admin.SubmitAsync(page, reason, cancel);

        Assert.True(cancelled.Status == HttpStatusCode.Redirect, cancelled.Text("main"));
        Assert.Equal(QuoteStatus.Cancelled, (await QuoteAsync(quoteId)).Status);
        var refunded = await DepositAsync(Factory, deposit.Id);
        Assert.Equal(DepositState.Refunded, refunded.State);
        Assert.StartsWith("re_test_", refunded.RefundId);
        await portal.StandIn.Webhooks.OfAsync("charge.refunded", refunded.PaymentIntentId!);
        var allocation = await Supply.OfAsync(Factory, Rack, quarter);
        Assert.Equal((1, 0), (allocation.Held, allocation.Committed));
        Assert.Equal(Domain.Waitlist.WaitlistStatus.Offered, await Factory.QueryAsync(db =>
            db.WaitlistEntries.Where(e => e.Quarter == quarter && e.Product!.Sku == Rack).Select(e => e.Status).SingleAsync()));
        Assert.Contains("refunded to the card", Outbox.LatestTo(Factory, customerEmail).TextBody);
        await Task.Delay(200);
        Assert.Equal(DepositState.Refunded, (await DepositAsync(Factory, deposit.Id)).State);
    }

    [SkippableFact]
    public async Task ARefundWhoseAnswerIsLostIsRecordedFromItsWebhookAndTheRetriedCancellationDoesNotRefundTwice()
    {
        var (customerEmail, quoteId, deposit, quarter) = await AcceptedRackAsync(supply: 1);
        using var customer = await Factory.SignedInAsync(customerEmail);
        await OnCheckoutPageAsync(portal.StandIn, await CheckoutAsync(customer, deposit.Id));
        var paid = await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
        using var admin = await Factory.SignedInAsync(Admin);
        var page = $"/Staff/Quotes/Details/{quoteId}";
        var cancel = $"/Staff/Deposits/CancelQuote?quoteId={quoteId}";
        var reason = new Dictionary<string, string> { ["reason"] = "The customer's site lost its power contract." };

        var lost = await portal.Link.WhileAsync(StandInState.AnswerLost, () => admin.SubmitAsync(page, reason, cancel));
        // The stand-in refunded; its every delivery about it came while the portal still waited for the answer.
        var refunded = await portal.StandIn.Webhooks.OfAsync("charge.refunded", paid.PaymentIntentId!, count: 4);
        await portal.StandIn.Webhooks.AnsweredAsync("charge.refunded", paid.PaymentIntentId!, HttpStatusCode.ServiceUnavailable);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, lost.Status);
        Assert.Equal(QuoteStatus.DepositPaid, (await QuoteAsync(quoteId)).Status);
        Assert.Equal(DepositState.Paid, (await DepositAsync(Factory, deposit.Id)).State);
        Assert.Equal(1, (await Supply.OfAsync(Factory, Rack, quarter)).Committed);

        // Stripe delivers again later (for days): the refund it made is recorded; the quote stands until cancelled.
        using var stripe = Factory.CreateClient();
        Assert.Equal("Processed", (await PostWebhookAsync(stripe, refunded[0].Body, SignedNow(refunded[0].Body))).Text);
        Assert.Equal(DepositState.Refunded, (await DepositAsync(Factory, deposit.Id)).State);
        Assert.Equal(QuoteStatus.DepositPaid, (await QuoteAsync(quoteId)).Status);

        var cancelled = await admin.SubmitAsync(page, reason, cancel);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        Assert.Equal(QuoteStatus.Cancelled, (await QuoteAsync(quoteId)).Status);
        Assert.Equal(DepositState.Refunded, (await DepositAsync(Factory, deposit.Id)).State);
        Assert.Equal((0, 0), ((await Supply.OfAsync(Factory, Rack, quarter)).Committed, (await Supply.OfAsync(Factory, Rack, quarter)).Held));
        var refundEvents = (await portal.StandIn.Webhooks.OfAsync("charge.refunded", paid.PaymentIntentId!))
            .Select(r => System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("id").GetString()).Distinct();
        Assert.Single(refundEvents);
    }

    [SkippableFact]
    public async Task AReservationDepositPaidByCardSecuresItAndWithdrawingTheReservationRefundsIt()
    {
        var sku = $"TRN9-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        await Factory.QueryAsync(db =>
        {
            var details = new Domain.Catalog.ProductDetails("Trainium9 sled", "Far future.", Domain.Catalog.Lifecycle.PreRelease, new Money(90_000_000, "USD"), 26, 2, 12_000, 40, 64);
            var product = new Domain.Catalog.Product(sku, Domain.Catalog.ProductFamily.AcceleratorSled, details, null, ["Trn9"], []);
            product.SetReservationDeposit(new Money(1_500_000, "USD"));
            db.Products.Add(product);
            return db.SaveChangesAsync();
        });
        var customerEmail = await Customers.AddAsync(Factory, $"r{Guid.NewGuid():N}"[..10]);
        using var customer = await Factory.SignedInAsync(customerEmail);
        await customer.SubmitAsync($"/Customer/Waitlist/Join?sku={sku}", new Dictionary<string, string> { ["Quantity"] = "2", ["Quarter"] = "" });
        var entry = await Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Product!.Sku == sku));

        var toDeposit = await customer.SubmitAsync("/Customer/Waitlist", new Dictionary<string, string>(), $"/Customer/Deposits/Reservation/{entry.Id}");
        var deposit = await Factory.QueryAsync(db => db.Deposits.AsNoTracking().SingleAsync(d => d.WaitlistEntryId == entry.Id));
        Assert.Equal($"/Customer/Deposits/Details/{deposit.Id}", toDeposit.Location);
        Assert.Equal(3_000_000, deposit.AmountMinorUnits);
        await OnCheckoutPageAsync(portal.StandIn, await CheckoutAsync(customer, deposit.Id));
        var paid = await WaitForAsync(Factory, deposit.Id, d => d.State == DepositState.Paid);
        Assert.Equal(Domain.Waitlist.DepositStatus.Paid, await Factory.QueryAsync(db => db.WaitlistEntries.Where(e => e.Id == entry.Id).Select(e => e.DepositStatus).SingleAsync()));
        await WaitForMailAsync(Factory, customerEmail, "Your reservation is secured");

        var waitlist = await customer.GetAsync("/Customer/Waitlist");
        Assert.Contains("withdrawing the reservation refunds it", waitlist.Text("main"));
        await customer.SubmitAsync(waitlist, new Dictionary<string, string>(), $"/Customer/Waitlist/Leave/{entry.Id}");

        var left = await Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id));
        var refunded = await DepositAsync(Factory, deposit.Id);
        Assert.Equal((Domain.Waitlist.WaitlistStatus.Withdrawn, Domain.Waitlist.DepositStatus.Refunded), (left.Status, left.DepositStatus));
        Assert.Equal(DepositState.Refunded, refunded.State);
        Assert.NotEqual(paid.RefundId, refunded.RefundId);
    }

    [SkippableFact]
    public async Task AnotherOrganizationAndStaffCannotPayOrSeeACustomersDeposit()
    {
        var (_, _, deposit, _) = await AcceptedRackAsync();
        using var other = await Factory.SignedInAsync(await Customers.AddAsync(Factory, $"o{Guid.NewGuid():N}"[..10]));
        using var sales = await Factory.SignedInAsync(Sales);

        var page = await other.GetAsync($"/Customer/Deposits/Details/{deposit.Id}");
        var pay = await other.PostAsync($"/Customer/Deposits/Pay/{deposit.Id}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await other.AntiforgeryTokenAsync("/Customer/Quotes") });
        var invoice = await other.GetAsync($"/deposits/{deposit.Id}/invoice");
        var unknown = await other.GetAsync("/Customer/Deposits/Details/987654");
        var bySales = await sales.GetAsync($"/Customer/Deposits/Details/{deposit.Id}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, pay.Status);
        Assert.Equal(HttpStatusCode.NotFound, invoice.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.True(bySales.Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{bySales.Status}");
        Assert.Null((await DepositAsync(Factory, deposit.Id)).CheckoutSessionId);
    }
}

public sealed class DepositPaymentOnSqlite(SqlitePayments portal) : DepositPaymentTests(portal), IClassFixture<SqlitePayments>;

public sealed class DepositPaymentOnPostgreSql(PostgresPayments portal) : DepositPaymentTests(portal), IClassFixture<PostgresPayments>;
