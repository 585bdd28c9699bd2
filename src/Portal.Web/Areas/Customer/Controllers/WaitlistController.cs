using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Common;
using Portal.Application.Waitlist;
using Portal.Application.Waitlist.Pages;
using Portal.Web.Accounts;
using Portal.Web.Caching;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The organization's place on the waitlists of allocation-limited products: join, change, leave, answer offers.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class WaitlistController(CustomerWaitlist waitlist, WaitlistPageQueries pages) : Controller
{
    [HttpGet]
    [OutputCache(PolicyName = PageCache.WaitlistPage)]
    public async Task<IActionResult> Index() =>
        View(await pages.MineAsync(User.ToActor()));

    [HttpGet]
    public async Task<IActionResult> Join(string? sku, string? quarter) =>
        View(await JoinPageAsync(new JoinWaitlistForm { Sku = sku, Quarter = quarter }));

    [HttpPost]
    [ActionName(nameof(Join))]
    public async Task<IActionResult> JoinPost(JoinWaitlistForm form)
    {
        return await this.AnswerAsync(await waitlist.JoinAsync(form.ToCommand(), User.ToActor()), "",
            "You are on the waitlist. We email you when supply comes free for you.", RedirectToAction(nameof(Index)),
            async () => View(nameof(Join), await JoinPageAsync(form)));
    }

    [HttpPost]
    public async Task<IActionResult> ChangeQuantity(int id, int? version, int? quantity)
    {
        return await this.AnswerAsync(await waitlist.ChangeQuantityAsync(id, version, quantity, User.ToActor()), "",
            "Quantity changed.", RedirectToAction(nameof(Index)), IndexAgainAsync);
    }

    [HttpPost]
    public async Task<IActionResult> Leave(int id, int? version)
    {
        await waitlist.LeaveAsync(id, version, User.ToActor());
        TempData["Notice"] = "You left the waitlist.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Accept(int id, int? version, int? siteId)
    {
        var result = await waitlist.AcceptOfferAsync(id, version, siteId, User.ToActor());
        return await this.AnswerAsync(result, "", "Offer accepted: it is now a quote request, with the units held for it.",
            RedirectToAction("Details", "Quotes", new { id = result.Value }), IndexAgainAsync);
    }

    [HttpPost]
    public async Task<IActionResult> Decline(int id, int? version)
    {
        await waitlist.DeclineOfferAsync(id, version, User.ToActor());
        TempData["Notice"] = "Offer declined: the units pass to the next in line.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> IndexAgainAsync() =>
        View(nameof(Index), await pages.MineAsync(User.ToActor()));

    private async Task<JoinWaitlistPage> JoinPageAsync(JoinWaitlistForm form)
    {
        var (product, quarters) = await pages.JoinAsync(form.Sku);
        return new JoinWaitlistPage(product, form, quarters);
    }
}
