using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Waitlist.AcceptOffer;
using Portal.Application.Waitlist.ChangeQuantity;
using Portal.Application.Waitlist.DeclineOffer;
using Portal.Application.Waitlist.Join;
using Portal.Application.Waitlist.Leave;
using Portal.Application.Waitlist.Pages;
using Portal.Application.Common;
using Portal.Web.Accounts;
using Portal.Web.Caching;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The organization's place on the waitlists of allocation-limited products: join, change, leave, answer offers.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class WaitlistController(MyWaitlistPageQuery mine, JoinWaitlistPageQuery joining) : Controller
{
    [HttpGet]
    [OutputCache(PolicyName = PageCache.WaitlistPage)]
    public async Task<IActionResult> Index() =>
        View(await mine.GetAsync(User.ToActor()));

    [CompanyRole(CompanyRoles.Requester)]
    [HttpGet]
    public async Task<IActionResult> Join(string? sku, string? quarter) =>
        View(await JoinPageAsync(new JoinWaitlistForm { Sku = sku, Quarter = quarter }));

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    [ActionName(nameof(Join))]
    public async Task<IActionResult> JoinPost(JoinWaitlistForm form, [FromServices] JoinWaitlistHandler join) =>
        await this.AnswerAsync(await join.HandleAsync(form.ToCommand(), User.ToActor()), "",
            "You are on the waitlist. We email you when supply comes free for you.", RedirectToAction(nameof(Index)),
            async () => View(nameof(Join), await JoinPageAsync(form)));

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> ChangeQuantity(int id, int? version, int? quantity, [FromServices] ChangeQuantityHandler change) =>
        await this.AnswerAsync(await change.HandleAsync(new ChangeQuantityCommand(id, version, quantity), User.ToActor()), "",
            "Quantity changed.", RedirectToAction(nameof(Index)), IndexAgainAsync);

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> Leave(int id, int? version, [FromServices] LeaveWaitlistHandler leave)
    {
        await leave.HandleAsync(new LeaveWaitlistCommand(id, version), User.ToActor());
        return this.Done("You left the waitlist.", RedirectToAction(nameof(Index)));
    }

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> Accept(int id, int? version, int? siteId, [FromServices] AcceptOfferHandler accept)
    {
        var result = await accept.HandleAsync(new AcceptOfferCommand(id, version, siteId), User.ToActor());
        return await this.AnswerAsync(result, "", "Offer accepted: it is now a quote request, with the units held for it.",
            RedirectToAction("Details", "Quotes", new { id = result.Value }), IndexAgainAsync);
    }

    /// <summary>Asks before an offer is declined, saying what happens to the place in line.</summary>
    [CompanyRole(CompanyRoles.Requester)]
    [HttpGet]
    public async Task<IActionResult> Decline(int id, [FromServices] DeclineOfferPageQuery page) =>
        View(await page.GetAsync(id, User.ToActor()));

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> Decline(int id, int? version, [FromServices] DeclineOfferHandler decline)
    {
        await decline.HandleAsync(new DeclineOfferCommand(id, version), User.ToActor());
        return this.Done("Offer declined: you left the waitlist for it, and the units pass to the next in line.", RedirectToAction(nameof(Index)));
    }

    private async Task<IActionResult> IndexAgainAsync() =>
        View(nameof(Index), await mine.GetAsync(User.ToActor()));

    private async Task<JoinWaitlistPage> JoinPageAsync(JoinWaitlistForm form)
    {
        var (product, quarters) = await joining.GetAsync(form.Sku);
        return new JoinWaitlistPage(product, form, quarters);
    }
}
