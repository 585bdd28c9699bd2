using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Catalog;
using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Review;
using Portal.Application.Quotes.Revisions;
using Portal.Application.Quotes.Submit;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Web.Accounts;
using Portal.Web.Caching;
using Portal.Web.Common;

namespace Portal.Web.Areas.Staff.Controllers;

/// <summary>
/// Sales' review queue: every submitted request, oldest first; claim one, price it, approve and issue it (or send it
/// for approval), send it back for changes, reject, revise or cancel it. Admins also decide on quotes waiting for approval.
/// </summary>
[Area("Staff")]
[Authorize(Roles = PortalRoles.Staff)]
public sealed class QuotesController(
    ReviewQueue queue,
    ApprovalQueue approvals,
    QuoteQueries quotes,
    QuotePricing pricing,
    QuoteDecisions decisions,
    PriceQuoteHandler pricer,
    IssueQuoteHandler issue,
    QuoteCompleteness completeness,
    AllocationHolds holds,
    QuoteRevisions revisions,
    CatalogQueries catalog,
    VendorProfile vendor,
    TimeProvider clock) : Controller
{
    public const string ChangesPrefix = nameof(StaffQuotePage.Changes);
    public const string RejectPrefix = nameof(StaffQuotePage.Rejection);
    public const string SendBackPrefix = nameof(StaffQuotePage.SendBack);
    public const string PricingPrefix = nameof(StaffQuotePage.Pricing);

    [HttpGet]
    [OutputCache(PolicyName = PageCache.StaffPage)]
    public async Task<IActionResult> Index(string? status, string? q, ProductFamily? family, ReviewAge? age, int page = 1)
    {
        var filter = new ReviewFilter(status, q, family, age, page);
        return View(new ReviewQueuePage(filter, await queue.ListAsync(filter)));
    }

    /// <summary>The admins' queue of quotes priced above the sales authority.</summary>
    [HttpGet]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> Approvals(int page = 1) => View(await approvals.ListAsync(page, User.ToActor()));

    [HttpGet]
    public async Task<IActionResult> Details(int id) => View(await PageAsync(id));

    /// <param name="then">"approve" when sales pressed "Save and approve": what it typed is saved first, then approved.</param>
    [HttpPost]
    public async Task<IActionResult> Price(int id, int? version, [Bind(Prefix = PricingPrefix)] PriceQuoteCommand form, string? then)
    {
        var result = await pricer.HandleAsync(id, version, form, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, PricingPrefix);
            return View(nameof(Details), await PageAsync(id, form));
        }
        if (then == "approve")
        {
            return await Approve(id, version: null);
        }
        TempData["Notice"] = "Pricing saved. Check the totals, then approve and issue.";
        return RedirectToAction(nameof(Details), new { id });
    }

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
        var outcome = await issue.IssueAsync(id, version, User.ToActor());
        TempData["Notice"] = outcome switch
        {
            IssueOutcome.Issued => "Approved and issued: the customer has the quote and its PDF.",
            IssueOutcome.HeldForLicence => "Approved, but its lines need an export licence for the site's country: it waits for a compliance officer, who has been told.",
            _ => "The discount is above your authority: the quote now waits for an admin's approval, and the admins have been told.",
        };
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> SendBack(int id, int? version, [Bind(Prefix = SendBackPrefix)] DecisionForm form) =>
        await AfterAsync(id, await decisions.SendBackForPricingAsync(id, version, new DecisionNote(form.Note), User.ToActor()), SendBackPrefix,
            "The quote went back to sales to be priced again.");

    [HttpPost]
    public async Task<IActionResult> Revise(int id, int? version)
    {
        await decisions.ReviseAsync(id, version, User.ToActor());
        TempData["Notice"] = "A new revision is open: price it, then approve and issue it.";
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

    private async Task<StaffQuotePage> PageAsync(int id, PriceQuoteCommand? form = null)
    {
        var actor = User.ToActor();
        var view = await quotes.GetAsync(id, actor);
        var quote = view.Quote;
        var now = clock.GetUtcNow().UtcDateTime;
        var current = Quarter.Containing(now);
        var showsSupply = quote.RequestedQuarter is not null && (quote.Status.IsOpen() || quote.Status == QuoteStatus.PendingApproval);
        var supply = showsSupply ? await holds.CheckAsync(quote) : [];
        var looseProducts = quote.Status == QuoteStatus.InReview ? await catalog.LooseProductsAsync() : [];
        var validity = vendor.QuoteTerms.ValidityDays;
        var missing = quote.Status.IsOpen() || quote.Status == QuoteStatus.PendingApproval ? completeness.Missing(quote, view.Organization, view.Site, now) : [];
        return new StaffQuotePage(view, pricing.Price(quote), actor, supply, Enumerable.Range(0, 8).Select(current.Plus).ToList(),
            await revisions.ListAsync(id, actor), looseProducts, form ?? PriceQuoteCommand.Of(quote, validity), validity, missing);
    }
}
