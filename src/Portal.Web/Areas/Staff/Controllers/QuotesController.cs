using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Common;
using Portal.Application.Quotes.Cancel;
using Portal.Application.Quotes.Claim;
using Portal.Application.Quotes.Issue;
using Portal.Application.Quotes.MoveDelivery;
using Portal.Application.Quotes.Messages;
using Portal.Application.Quotes.Pages;
using Portal.Application.Quotes.PostMessage;
using Portal.Application.Quotes.Price;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Reject;
using Portal.Application.Quotes.RequestChanges;
using Portal.Application.Quotes.Review;
using Portal.Application.Quotes.Revise;
using Portal.Application.Quotes.SendBackForPricing;
using Portal.Domain.Catalog;
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
    QuoteReviewPageQuery pages,
    PriceQuoteHandler pricer,
    IssueQuoteHandler issue) : Controller
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
    public async Task<IActionResult> Details(int id) => await DetailsAsync(id);

    /// <param name="then">"approve" when sales pressed "Save and approve": what it typed is saved first, then approved.</param>
    [HttpPost]
    public async Task<IActionResult> Price(int id, int? version, [Bind(Prefix = PricingPrefix)] PriceQuoteCommand form, string? then)
    {
        var result = await pricer.HandleAsync(id, version, form, User.ToActor());
        if (result.Succeeded && then == "approve")
        {
            return await Approve(id, version: null);
        }
        return await this.AnswerAsync(result, PricingPrefix, "Pricing saved. Check the totals, then approve and issue.", ToDetails(id), () => DetailsAsync(id, form));
    }

    [HttpPost]
    public async Task<IActionResult> Claim(int id, int? version, [FromServices] ClaimQuoteHandler claim)
    {
        await claim.HandleAsync(id, version, User.ToActor());
        return this.Done("You are working on this request.", ToDetails(id));
    }

    [HttpPost]
    public async Task<IActionResult> Approve(int id, int? version)
    {
        var outcome = await issue.HandleAsync(id, version, User.ToActor());
        return this.Done(outcome switch
        {
            IssueOutcome.Issued => "Approved and issued: the customer has the quote and its PDF.",
            IssueOutcome.HeldForLicence => "Approved, but its lines need an export licence for the site's country: it waits for a compliance officer, who has been told.",
            _ => "The discount is above your authority: the quote now waits for an admin's approval, and the admins have been told.",
        }, ToDetails(id));
    }

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> SendBack(int id, int? version, [Bind(Prefix = SendBackPrefix)] DecisionForm form,
        [FromServices] SendBackForPricingHandler sendBack) =>
        await this.AnswerAsync(await sendBack.HandleAsync(id, version, DecisionNote.ToSales(form.Note), User.ToActor()), SendBackPrefix,
            "The quote went back to sales to be priced again.", ToDetails(id), () => DetailsAsync(id));

    [HttpPost]
    public async Task<IActionResult> Revise(int id, int? version, [FromServices] ReviseQuoteHandler revise)
    {
        await revise.HandleAsync(id, version, User.ToActor());
        return this.Done("A new revision is open: price it, then approve and issue it.", ToDetails(id));
    }

    [HttpPost]
    public async Task<IActionResult> RequestChanges(int id, int? version, [Bind(Prefix = ChangesPrefix)] DecisionForm form,
        [FromServices] RequestChangesHandler requestChanges) =>
        await this.AnswerAsync(await requestChanges.HandleAsync(id, version, new DecisionNote(form.Note), User.ToActor()), ChangesPrefix,
            "The request went back to the customer for changes.", ToDetails(id), () => DetailsAsync(id));

    [HttpPost]
    public async Task<IActionResult> Reject(int id, int? version, [Bind(Prefix = RejectPrefix)] DecisionForm form,
        [FromServices] RejectQuoteHandler reject) =>
        await this.AnswerAsync(await reject.HandleAsync(id, version, new DecisionNote(form.Note), User.ToActor()), RejectPrefix,
            "The request was rejected and the customer told why.", ToDetails(id), () => DetailsAsync(id));

    [HttpPost]
    public async Task<IActionResult> MoveDelivery(int id, int? version, string? quarter, [FromServices] MoveDeliveryHandler move) =>
        await this.AnswerAsync(await move.HandleAsync(id, version, new MoveDeliveryCommand(quarter), User.ToActor()), "",
            $"Delivery moved to {quarter}; the customer has been told.", ToDetails(id), () => DetailsAsync(id));

    [HttpPost]
    public async Task<IActionResult> Cancel(int id, int? version, string? reason, [FromServices] CancelQuoteHandler cancel)
    {
        await cancel.HandleAsync(id, version, reason, User.ToActor());
        return this.Done("The request was cancelled.", ToDetails(id));
    }

    /// <param name="form">A message to the customer, or an internal note among staff.</param>
    [HttpPost]
    [RequestSizeLimit(MessageForm.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MessageForm.MaxRequestBytes)]
    public async Task<IActionResult> Write(int id, [Bind(Prefix = QuoteThreadView.Prefix)] MessageForm form, [FromServices] PostMessageHandler post,
        CancellationToken cancellationToken)
    {
        var result = await post.HandleAsync(id, await form.ToCommandAsync(mayBeInternal: true, cancellationToken), User.ToActor(), cancellationToken);
        return await this.AnswerAsync(result, QuoteThreadView.Prefix, form.Internal ? "Internal note saved." : "Message sent. The customer has been told.",
            RedirectToAction(nameof(Details), null, new { id }, QuoteThreadView.Anchor), () => DetailsAsync(id, message: form));
    }

    /// <summary>A file of the quote's conversation, always as a download (never shown in the browser).</summary>
    [HttpGet]
    public async Task<IActionResult> Attachment(int id, int fileId, [FromServices] QuoteThreadQueries thread, CancellationToken cancellationToken) =>
        this.Download(await thread.FileAsync(id, fileId, User.ToActor(), cancellationToken));

    private RedirectToActionResult ToDetails(int id) => RedirectToAction(nameof(Details), new { id });

    private async Task<IActionResult> DetailsAsync(int id, PriceQuoteCommand? posted = null, MessageForm? message = null) =>
        View(nameof(Details), StaffQuotePage.Of(await pages.GetAsync(id, User.ToActor()), posted, message));
}
