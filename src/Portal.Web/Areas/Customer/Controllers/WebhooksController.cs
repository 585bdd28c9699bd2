using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Webhooks.AddWebhookEndpoint;
using Portal.Application.Webhooks.DeleteWebhookEndpoint;
using Portal.Application.Webhooks.DisableWebhookEndpoint;
using Portal.Application.Webhooks.EnableWebhookEndpoint;
using Portal.Application.Webhooks.Pages;
using Portal.Application.Webhooks.ReplayWebhookDelivery;
using Portal.Application.Webhooks.RotateWebhookSecret;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The company's webhook endpoints and each one's delivery log; its administrators add, change and replay.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class WebhooksController(WebhookEndpointsPageQuery endpoints, WebhookEndpointPageQuery endpoint) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await IndexPageAsync(new WebhookForm(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Add(WebhookForm form, [FromServices] AddWebhookEndpointHandler add, CancellationToken cancellationToken)
    {
        var added = await add.HandleAsync(new AddWebhookEndpointCommand(form.Url, form.Events), User.ToActor(), cancellationToken);
        return await this.AnswerAsync(added, "", "Endpoint added. Verify each request with its signing secret, shown below.",
            RedirectToAction(nameof(Deliveries), new { id = added.Value }),
            async () => View(nameof(Index), await IndexPageAsync(form, cancellationToken)));
    }

    [HttpGet]
    public async Task<IActionResult> Deliveries(int id, int page = 1, CancellationToken cancellationToken = default) =>
        View(await endpoint.LoadAsync(id, page, User.ToActor(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Disable(int id, [FromServices] DisableWebhookEndpointHandler disable, CancellationToken cancellationToken)
    {
        await disable.HandleAsync(new DisableWebhookEndpointCommand(id), User.ToActor(), cancellationToken);
        return this.Done("Endpoint disabled: no new events are sent to it.", RedirectToAction(nameof(Deliveries), new { id }));
    }

    [HttpPost]
    public async Task<IActionResult> Enable(int id, [FromServices] EnableWebhookEndpointHandler enable, CancellationToken cancellationToken)
    {
        await enable.HandleAsync(new EnableWebhookEndpointCommand(id), User.ToActor(), cancellationToken);
        return this.Done("Endpoint enabled: new events are sent to it again.", RedirectToAction(nameof(Deliveries), new { id }));
    }

    [HttpPost]
    public async Task<IActionResult> RotateSecret(int id, [FromServices] RotateWebhookSecretHandler rotate, CancellationToken cancellationToken)
    {
        await rotate.HandleAsync(new RotateWebhookSecretCommand(id), User.ToActor(), cancellationToken);
        return this.Done("New signing secret made: requests are signed with it from now on.", RedirectToAction(nameof(Deliveries), new { id }));
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, [FromServices] DeleteWebhookEndpointHandler delete, CancellationToken cancellationToken)
    {
        await delete.HandleAsync(new DeleteWebhookEndpointCommand(id), User.ToActor(), cancellationToken);
        return this.Done("Endpoint deleted, with its delivery log.", RedirectToAction(nameof(Index)));
    }

    [HttpPost]
    public async Task<IActionResult> Replay(long id, [FromServices] ReplayWebhookDeliveryHandler replay, CancellationToken cancellationToken)
    {
        var endpointId = await replay.HandleAsync(new ReplayWebhookDeliveryCommand(id), User.ToActor(), cancellationToken);
        return this.Done("Delivery queued again: it goes out in a moment.", RedirectToAction(nameof(Deliveries), new { id = endpointId }));
    }

    private async Task<WebhooksPage> IndexPageAsync(WebhookForm form, CancellationToken cancellationToken)
    {
        var page = await endpoints.LoadAsync(User.ToActor(), cancellationToken);
        return new WebhooksPage(page.Endpoints, page.MayManage, form);
    }
}

public sealed class WebhookForm
{
    public string? Url { get; set; }

    public List<string> Events { get; set; } = [];
}

/// <summary>The endpoints' page with the form to add one, as it was typed.</summary>
public sealed record WebhooksPage(IReadOnlyList<Domain.Webhooks.WebhookEndpoint> Endpoints, bool MayManage, WebhookForm Form);
