using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Webhooks;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>What the webhook tests do through the portal's pages, and read back from its database.</summary>
public static class WebhookSteps
{
    public const string WebhooksPage = "/Customer/Webhooks";

    /// <summary>A new approved company of its own (so no other test's events reach its endpoints); answers its buyer's address.</summary>
    public static Task<string> NewCompanyAsync(PortalFactory factory) => Customers.AddAsync(factory, $"hook{Guid.NewGuid():N}"[..12]);

    /// <summary>Posts the page's form to add an endpoint, with each of the events ticked.</summary>
    public static async Task<PortalClient.Page> AddEndpointAsync(PortalClient owner, string? url, params string[] events)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", await owner.AntiforgeryTokenAsync(WebhooksPage)), new("Url", url ?? string.Empty),
        };
        fields.AddRange(events.Select(type => new KeyValuePair<string, string>("Events", type)));
        return await PortalClient.Page.ReadAsync(await owner.Http.PostAsync($"{WebhooksPage}/Add", new FormUrlEncodedContent(fields)));
    }

    /// <summary>Adds an endpoint for the receiver; answers its id and signing secret, read from its page.</summary>
    public static async Task<(int Id, string Secret)> RegisterAsync(PortalClient owner, EndpointReceiver receiver, params string[] events)
    {
        var added = await AddEndpointAsync(owner, receiver.Url, events);
        Assert.True(added.Status == HttpStatusCode.Redirect, added.Text("[role=alert]") + added.Text("[data-valmsg-for]"));
        var page = await owner.GetAsync(added.Location!);
        return (int.Parse(added.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture), page.Text(".webhook-secret"));
    }

    /// <summary>A quote of storage only (no export screening needed) for the company, issued by sales; answers its id.</summary>
    public static Task<int> IssuedQuoteAsync(PortalFactory factory, string buyer) =>
        DepositSteps.IssuedQuoteAsync(factory, buyer, q => q.WithProduct("STOR-NVME-1U", 2));

    public static Task<List<WebhookDelivery>> DeliveriesAsync(PortalFactory factory, int endpointId) =>
        factory.QueryAsync(db => db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpointId).OrderBy(d => d.Id).ToListAsync());

    public static Task<WebhookDelivery> DeliveryAsync(PortalFactory factory, long id) =>
        factory.QueryAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == id));

    /// <summary>The delivery once it is recorded as the condition says (the sender records an answer just after it arrives).</summary>
    public static async Task<WebhookDelivery> WhenAsync(PortalFactory factory, long id, Func<WebhookDelivery, bool> condition)
    {
        for (var tries = 0; ; tries++)
        {
            var delivery = await DeliveryAsync(factory, id);
            if (condition(delivery) || tries == 200)
            {
                return delivery;
            }
            await Task.Delay(50);
        }
    }

    public static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;
}
