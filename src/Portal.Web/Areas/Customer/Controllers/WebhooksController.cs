using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Webhooks;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The company's webhook endpoints and each one's delivery log; its first user adds, changes and replays.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class WebhooksController(WebhookEndpointsHandler endpoints, WebhookDeliveryLog log) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View(await IndexPageAsync(new WebhookForm()));

    [HttpPost]
    public async Task<IActionResult> Add(WebhookForm form)
    {
        var result = await endpoints.AddAsync(form.Url, form.Events, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return View(nameof(Index), await IndexPageAsync(form));
        }
        TempData["Notice"] = "Endpoint added. Verify each request with its signing secret, shown below.";
        return RedirectToAction(nameof(Deliveries), new { id = result.Value });
    }

    [HttpGet]
    public async Task<IActionResult> Deliveries(int id, int page = 1) => View(await EndpointPageAsync(id, page));

    [HttpPost]
    public Task<IActionResult> Disable(int id) => ChangeAsync(id, endpoints.DisableAsync, "Endpoint disabled: no new events are sent to it.");

    [HttpPost]
    public Task<IActionResult> Enable(int id) => ChangeAsync(id, endpoints.EnableAsync, "Endpoint enabled: new events are sent to it again.");

    [HttpPost]
    public Task<IActionResult> RotateSecret(int id) =>
        ChangeAsync(id, endpoints.RotateSecretAsync, "New signing secret made: requests are signed with it from now on.");

    [HttpPost]
    public async Task<IActionResult> Delete(int id)
    {
        await endpoints.DeleteAsync(id, User.ToActor());
        TempData["Notice"] = "Endpoint deleted, with its delivery log.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Replay(long id)
    {
        var endpointId = await log.ReplayAsync(id, User.ToActor());
        TempData["Notice"] = "Delivery queued again: it goes out in a moment.";
        return RedirectToAction(nameof(Deliveries), new { id = endpointId });
    }

    private async Task<IActionResult> ChangeAsync(int id, Func<int, Actor, CancellationToken, Task<Result>> change, string notice)
    {
        var result = await change(id, User.ToActor(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return View(nameof(Deliveries), await EndpointPageAsync(id, 1));
        }
        TempData["Notice"] = notice;
        return RedirectToAction(nameof(Deliveries), new { id });
    }

    private async Task<WebhooksPage> IndexPageAsync(WebhookForm form)
    {
        var actor = User.ToActor();
        return new WebhooksPage(await endpoints.ListAsync(actor), await endpoints.MayManageAsync(actor), form);
    }

    private async Task<WebhookEndpointPage> EndpointPageAsync(int id, int page)
    {
        var actor = User.ToActor();
        var endpoint = await endpoints.FindAsync(id, actor);
        return new WebhookEndpointPage(endpoint, await log.PageAsync(endpoint, page), await endpoints.MayManageAsync(actor));
    }
}

public sealed class WebhookForm
{
    public string? Url { get; set; }

    public List<string> Events { get; set; } = [];
}

public sealed record WebhooksPage(IReadOnlyList<Domain.Webhooks.WebhookEndpoint> Endpoints, bool MayManage, WebhookForm Form);

public sealed record WebhookEndpointPage(Domain.Webhooks.WebhookEndpoint Endpoint, Page<Domain.Webhooks.WebhookDelivery> Deliveries, bool MayManage);
