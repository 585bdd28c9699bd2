using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Quotes.Accept;
using Portal.Application.Quotes.Issue;
using Portal.Domain.Payments;
using Portal.Infrastructure.Persistence;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Payments;

/// <summary>The steps of a deposit that the payment tests share: an accepted quote, the way to checkout, paying there, waiting for the webhook.</summary>
public static class DepositSteps
{
    public const string Sales = "sales@northwind.example";
    public const string Admin = "admin@northwind.example";

    /// <summary>A quote for the customer's organization, issued by sales and accepted by the customer; answers its id and its deposit.</summary>
    public static async Task<(int QuoteId, Deposit Deposit)> AcceptedQuoteAsync(PortalFactory factory, string customerEmail, Func<QuoteBuilder, QuoteBuilder> lines)
    {
        var quoteId = await IssuedQuoteAsync(factory, customerEmail, lines);
        using var scope = factory.Services.CreateScope();
        var customer = await ActorAsync(factory, customerEmail, PortalRoles.Customer);
        var result = await scope.ServiceProvider.GetRequiredService<AcceptQuoteHandler>().HandleAsync(quoteId,
            new AcceptQuoteCommand(customer.Name, "Procurement", null, true, 1), "192.0.2.1", customer);
        Assert.True(result.Succeeded);
        return (quoteId, await DepositOfQuoteAsync(factory, quoteId));
    }

    /// <summary>A quote for the customer's organization, submitted, claimed and issued by sales (holding its supply); answers its id.</summary>
    public static async Task<int> IssuedQuoteAsync(PortalFactory factory, string customerEmail, Func<QuoteBuilder, QuoteBuilder> lines)
    {
        var organization = await factory.QueryAsync(db => db.Organizations.Where(o => db.Users.Any(u => u.Email == customerEmail && u.OrganizationId == o.Id))
            .Select(o => o.Name).SingleAsync());
        var quoteId = await lines(new QuoteBuilder(factory, organization)).ClaimedBy(Sales).SubmitAsync();
        using var scope = factory.Services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<IssueQuoteHandler>().HandleAsync(quoteId, null, await ActorAsync(factory, Sales, PortalRoles.Sales));
        Assert.Equal(IssueOutcome.Issued, outcome);
        return quoteId;
    }

    public static Task<Deposit> DepositOfQuoteAsync(PortalFactory factory, int quoteId) =>
        factory.QueryAsync(db => db.Deposits.AsNoTracking().SingleAsync(d => d.QuoteId == quoteId));

    public static Task<Deposit> DepositAsync(PortalFactory factory, int depositId) =>
        factory.QueryAsync(db => db.Deposits.AsNoTracking().SingleAsync(d => d.Id == depositId));

    /// <summary>The customer presses Pay on the deposit's page; answers the portal's answer (a redirect to checkout, or a refusal).</summary>
    public static Task<PortalClient.Page> PressPayAsync(PortalClient customer, int depositId) =>
        customer.SubmitAsync($"/Customer/Deposits/Details/{depositId}", new Dictionary<string, string>(), $"/Customer/Deposits/Pay/{depositId}");

    /// <summary>Goes to checkout: answers the checkout session's id, from the page the portal sends the payer to.</summary>
    public static async Task<string> CheckoutAsync(PortalClient customer, int depositId)
    {
        var pay = await PressPayAsync(customer, depositId);
        Assert.Equal(HttpStatusCode.Redirect, pay.Status);
        return new Uri(pay.Location!).Segments[^1];
    }

    /// <summary>The payer pays (or has the card declined) on the stand-in's checkout page; answers where the page sends the payer.</summary>
    public static async Task<HttpResponseMessage> OnCheckoutPageAsync(StripeStandIn standIn, string sessionId, bool pay = true)
    {
        using var browser = standIn.Browser();
        return await browser.PostAsync($"/checkout/{sessionId}/{(pay ? "pay" : "fail")}", null);
    }

    /// <summary>Waits (at most ten seconds) until the deposit is in the state: the webhook is delivered in the background.</summary>
    public static async Task<Deposit> WaitForAsync(PortalFactory factory, int depositId, Func<Deposit, bool> condition)
    {
        for (var waited = 0; waited < 400; waited++)
        {
            var deposit = await DepositAsync(factory, depositId);
            if (condition(deposit))
            {
                return deposit;
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"Deposit {depositId} did not get there in ten seconds; it is {(await DepositAsync(factory, depositId)).State}.");
    }

    /// <summary>Waits (at most ten seconds) for a mail to the address whose subject has the text: mails go once the webhook's work is committed.</summary>
    public static async Task<MimeKit.MimeMessage> WaitForMailAsync(PortalFactory factory, string address, string subject)
    {
        for (var waited = 0; waited < 400; waited++)
        {
            if (Outbox.AllTo(factory, address).FirstOrDefault(m => m.Subject?.Contains(subject, StringComparison.Ordinal) == true) is { } mail)
            {
                return mail;
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"No mail to {address} about '{subject}' arrived in ten seconds.");
    }

    /// <summary>Posts an event to the portal's webhook endpoint as Stripe would, with the signature given (none when null); answers the status and the text.</summary>
    public static async Task<(HttpStatusCode Status, string Text)> PostWebhookAsync(HttpClient portal, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/payments/webhook") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add(Portal.StripeStandIn.WebhookSigner.Header, signature);
        }
        using var response = await portal.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The body signed now with the stand-in's secret, as a fresh delivery would be.</summary>
    public static string SignedNow(string body) => Portal.StripeStandIn.WebhookSigner.Sign(body, StripeStandIn.Secret, DateTimeOffset.UtcNow);

    public static async Task<Actor> ActorAsync(PortalFactory factory, string email, string role)
    {
        var user = await factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        return new Actor(user.Id, user.FullName, user.OrganizationId, new HashSet<string> { role }, user.CompanyRoles, user.ApprovalLimitMinorUnits);
    }

    public static Task<int> AuditCountAsync(PortalFactory factory, string entityId, string action) =>
        factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == entityId && e.Action == action));
}
