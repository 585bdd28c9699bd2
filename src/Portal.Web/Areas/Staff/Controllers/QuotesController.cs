using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Review;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Web.Accounts;
using Portal.Web.Caching;
using Portal.Web.Common;

namespace Portal.Web.Areas.Staff.Controllers;

/// <summary>Sales' review queue: every submitted request, oldest first; claim one, approve and issue it, send it back for changes, reject or cancel it.</summary>
[Area("Staff")]
[Authorize(Roles = PortalRoles.Staff)]
public sealed class QuotesController(
    ReviewQueue queue,
    QuoteQueries quotes,
    QuotePricing pricing,
    QuoteDecisions decisions,
    IssueQuoteHandler issue,
    AllocationHolds holds,
    TimeProvider clock) : Controller
{
    public const string ChangesPrefix = nameof(StaffQuotePage.Changes);
    public const string RejectPrefix = nameof(StaffQuotePage.Rejection);

    [HttpGet]
    [OutputCache(PolicyName = PageCache.StaffPage)]
    public async Task<IActionResult> Index(string? status, string? q, ProductFamily? family, ReviewAge? age, int page = 1)
    {
        var filter = new ReviewFilter(status, q, family, age, page);
        return View(new ReviewQueuePage(filter, await queue.ListAsync(filter)));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id) => View(await PageAsync(id));

    [HttpPost]
    public async Task<IActionResult> Claim(int id, int? version)
    {
        await decisions.ClaimAsync(id, version, User.ToActor());
        TempData["Notice"] = "You are working on this request.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Approve(int id, int? version)
    {
        await issue.IssueAsync(id, version, User.ToActor());
        TempData["Notice"] = "Approved and issued: the customer has the quote and its PDF.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> RequestChanges(int id, int? version, [Bind(Prefix = ChangesPrefix)] DecisionForm form) =>
        await AfterAsync(id, await decisions.RequestChangesAsync(id, version, new DecisionNote(form.Note), User.ToActor()), ChangesPrefix,
            "The request went back to the customer for changes.");

    [HttpPost]
    public async Task<IActionResult> Reject(int id, int? version, [Bind(Prefix = RejectPrefix)] DecisionForm form) =>
        await AfterAsync(id, await decisions.RejectAsync(id, version, new DecisionNote(form.Note), User.ToActor()), RejectPrefix,
            "The request was rejected and the customer told why.");

    [HttpPost]
    public async Task<IActionResult> MoveDelivery(int id, int? version, string? quarter)
    {
        var result = await decisions.MoveDeliveryAsync(id, version, quarter, User.ToActor());
        return await AfterAsync(id, result, "", $"Delivery moved to {quarter}; the customer has been told.");
    }

    [HttpPost]
    public async Task<IActionResult> Cancel(int id, int? version, string? reason)
    {
        await decisions.CancelAsync(id, version, reason, User.ToActor());
        TempData["Notice"] = "The request was cancelled.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> AfterAsync(int id, Result result, string prefix, string notice)
    {
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, prefix);
            return View(nameof(Details), await PageAsync(id));
        }
        TempData["Notice"] = notice;
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<StaffQuotePage> PageAsync(int id)
    {
        var view = await quotes.GetAsync(id, User.ToActor());
        var quote = view.Quote;
        var current = Quarter.Containing(clock.GetUtcNow().UtcDateTime);
        var supply = quote.RequestedQuarter is { } quarter && quote.Status.IsOpen()
            ? await holds.CheckAsync(quote, quarter)
            : [];
        return new StaffQuotePage(view, pricing.Price(quote), User.ToActor().UserId, supply, Enumerable.Range(0, 8).Select(current.Plus).ToList());
    }
}
