using System.Net;
using Stripe;
using Stripe.Checkout;

namespace Portal.IntegrationTests.Payments;

/// <summary>Stripe.net's real client against the stand-in: sessions, the hosted checkout page, signed webhooks, refunds and refusals.</summary>
public sealed class StripeStandInTests(StripeStandIn stripe) : IClassFixture<StripeStandIn>
{
    private SessionService Sessions => new(stripe.Client());

    private static SessionCreateOptions Deposit(long amount = 2_500_000) => new()
    {
        Mode = "payment",
        SuccessUrl = "http://portal.test/quotes/7/deposit?session={CHECKOUT_SESSION_ID}",
        CancelUrl = "http://portal.test/quotes/7",
        ClientReferenceId = "Q-2026-000007",
        Metadata = new Dictionary<string, string> { ["quote"] = "Q-2026-000007", ["revision"] = "2" },
        LineItems =
        [
            new SessionLineItemOptions
            {
                Quantity = 1,
                PriceData = new SessionLineItemPriceDataOptions { Currency = "usd", UnitAmount = amount, ProductData = new() { Name = "Deposit" } },
            },
        ],
    };

    private static Event Verified((string Body, string Signature) delivery) =>
        EventUtility.ConstructEvent(delivery.Body, delivery.Signature, StripeStandIn.Secret, tolerance: 300);

    [Fact]
    public async Task ASessionIsCreatedOncePerIdempotencyKeyRetrievedAndExpiredWithItsEventSigned()
    {
        var key = Guid.NewGuid().ToString();

        var first = await Sessions.CreateAsync(Deposit(), new RequestOptions { IdempotencyKey = key });
        var again = await Sessions.CreateAsync(Deposit(), new RequestOptions { IdempotencyKey = key });
        var other = await Sessions.CreateAsync(Deposit());

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
        Assert.StartsWith("cs_test_", first.Id);
        Assert.Equal((2_500_000L, "usd", "open", "unpaid"), (first.AmountTotal!.Value, first.Currency, first.Status, first.PaymentStatus));
        Assert.Equal("2", first.Metadata["revision"]);
        Assert.Equal($"{stripe.Server.BaseAddress}checkout/{first.Id}", first.Url);
        Assert.Equal("open", (await Sessions.GetAsync(first.Id)).Status);

        var expired = await Sessions.ExpireAsync(first.Id);

        Assert.Equal("expired", expired.Status);
        var delivery = (await stripe.Webhooks.OfAsync("checkout.session.expired", first.Id)).Single();
        var stripeEvent = Verified(delivery);
        Assert.Equal(first.Id, Assert.IsType<Session>(stripeEvent.Data.Object).Id);
        var refused = await Assert.ThrowsAsync<StripeException>(() => Sessions.ExpireAsync(first.Id));
        Assert.Equal(HttpStatusCode.BadRequest, refused.HttpStatusCode);
    }

    [Fact]
    public async Task PayingOnTheHostedPageCompletesTheSessionAndTheSignedWebhookSaysSo()
    {
        var session = await Sessions.CreateAsync(Deposit());
        using var browser = stripe.Browser();

        var page = await browser.GetStringAsync($"/checkout/{session.Id}");
        var paid = await browser.PostAsync($"/checkout/{session.Id}/pay", null);

        Assert.Contains("Test mode", page);
        Assert.Contains("Pay USD 25,000.00", page);
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal($"http://portal.test/quotes/7/deposit?session={session.Id}", paid.Headers.Location!.ToString());
        var completed = await Sessions.GetAsync(session.Id);
        Assert.Equal(("complete", "paid"), (completed.Status, completed.PaymentStatus));
        var intent = await new PaymentIntentService(stripe.Client()).GetAsync(completed.PaymentIntentId);
        Assert.Equal(("succeeded", 2_500_000L, "usd"), (intent.Status, intent.Amount, intent.Currency));
        var delivery = (await stripe.Webhooks.OfAsync("checkout.session.completed", session.Id)).Single();
        var stripeEvent = Verified(delivery);
        Assert.Equal(EventTypes.CheckoutSessionCompleted, stripeEvent.Type);
        Assert.Equal("Q-2026-000007", Assert.IsType<Session>(stripeEvent.Data.Object).Metadata["quote"]);
        Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(delivery.Body.Replace("2500000", "2500001", StringComparison.Ordinal), delivery.Signature, StripeStandIn.Secret));
        Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(delivery.Body, delivery.Signature, "whsec_someone_else"));
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync($"/checkout/{session.Id}/pay", null)).StatusCode);
    }

    [Fact]
    public async Task ADeclinedCardRaisesPaymentFailedAndTheSessionStaysOpenForAnotherTry()
    {
        var session = await Sessions.CreateAsync(Deposit());
        using var browser = stripe.Browser();

        var declined = await browser.PostAsync($"/checkout/{session.Id}/fail", null);

        Assert.Contains("Your card was declined", await declined.Content.ReadAsStringAsync());
        Assert.Equal("open", (await Sessions.GetAsync(session.Id)).Status);
        var intentId = (await Sessions.GetAsync(session.Id)).PaymentIntentId;
        var delivery = (await stripe.Webhooks.OfAsync("payment_intent.payment_failed", intentId)).Single();
        Assert.Equal("requires_payment_method", Assert.IsType<PaymentIntent>(Verified(delivery).Data.Object).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync($"/checkout/{session.Id}/pay", null)).StatusCode);
    }

    [Fact]
    public async Task APaidDepositIsRefundedWithItsChargeRefundedEvent()
    {
        var session = await Sessions.CreateAsync(Deposit(1_000_000));
        using var browser = stripe.Browser();
        await browser.PostAsync($"/checkout/{session.Id}/pay", null);
        var intentId = (await Sessions.GetAsync(session.Id)).PaymentIntentId;
        var refunds = new RefundService(stripe.Client());

        var refund = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intentId });

        Assert.Equal(("succeeded", 1_000_000L, intentId), (refund.Status, refund.Amount, refund.PaymentIntentId));
        var delivery = (await stripe.Webhooks.OfAsync("charge.refunded", intentId)).Single();
        var charge = Assert.IsType<Charge>(Verified(delivery).Data.Object);
        Assert.Equal((true, 1_000_000L), (charge.Refunded, charge.AmountRefunded));
        var tooMuch = await Assert.ThrowsAsync<StripeException>(() => refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intentId, Amount = 1_000_001 }));
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.HttpStatusCode);
    }

    [Fact]
    public async Task AWebhookTheEndpointRefusesIsDeliveredAgain()
    {
        var session = await Sessions.CreateAsync(Deposit());
        stripe.Webhooks.RefuseNext(session.Id, HttpStatusCode.InternalServerError);

        await Sessions.ExpireAsync(session.Id);

        var deliveries = await stripe.Webhooks.OfAsync("checkout.session.expired", session.Id, count: 2);
        Assert.Equal(2, deliveries.Count);
        Assert.Single(deliveries.Select(d => Verified(d).Id).Distinct());
    }

    [Fact]
    public async Task TheApiRefusesKeysThatAreNotTestKeysAndAmountsBeyondEightDigits()
    {
        var live = await Assert.ThrowsAsync<StripeException>(() => new SessionService(stripe.Client("sk_live_nope")).CreateAsync(Deposit()));
        var tooLarge = await Assert.ThrowsAsync<StripeException>(() => Sessions.CreateAsync(Deposit(100_000_000)));
        var unknown = await Assert.ThrowsAsync<StripeException>(() => Sessions.GetAsync("cs_test_nothing"));

        Assert.Equal(HttpStatusCode.Unauthorized, live.HttpStatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, "line_items"), (tooLarge.HttpStatusCode, tooLarge.StripeError.Param));
        Assert.Equal(HttpStatusCode.NotFound, unknown.HttpStatusCode);
    }
}
