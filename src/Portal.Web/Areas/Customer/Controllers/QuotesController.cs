using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Accept;
using Portal.Application.Quotes.AddProduct;
using Portal.Application.Quotes.Cancel;
using Portal.Application.Quotes.Copy;
using Portal.Application.Quotes.Decline;
using Portal.Application.Quotes.DeleteDraft;
using Portal.Application.Quotes.DescribeDraft;
using Portal.Application.Quotes.RemoveConfiguration;
using Portal.Application.Quotes.RemoveProduct;
using Portal.Application.Quotes.Messages;
using Portal.Application.Quotes.Pages;
using Portal.Application.Quotes.PostMessage;
using Portal.Application.Quotes.Review;
using Portal.Application.Quotes.Submit;
using Portal.Domain.Quotes;
using Portal.Web.Accounts;
using Portal.Web.Caching;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The organization's quote requests: the list, each request's page, and the draft's changes and submission.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class QuotesController(
    MyQuotesPageQuery list,
    CustomerQuotePageQuery pages,
    SubmitQuoteHandler submit) : Controller
{
    [HttpGet]
    [OutputCache(PolicyName = PageCache.OrganizationPage)]
    public async Task<IActionResult> Index(QuoteStatus? status, string? q, int page = 1)
    {
        var filter = new QuoteFilter(status, q, page);
        return View(new MyQuotesPage(filter, await list.GetAsync(filter, User.ToActor())));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id) => await DetailsAsync(id);

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> Describe(int id, [Bind(Prefix = "Draft")] DraftForm form, [FromServices] DescribeDraftHandler describe)
    {
        var result = ModelState.IsValid
            ? await describe.HandleAsync(id, new DescribeDraftCommand(form.SiteId, form.RequestedQuarter, form.Notes), User.ToActor())
            : Result.Fail("Draft", "Some values could not be read; check the form.");
        return await this.AnswerAsync(result, "Draft", "Draft saved.", ToDetails(id), () => DetailsAsync(id, draft: form));
    }

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> AddProduct(int id, [Bind(Prefix = "NewProduct")] ProductLineForm form, [FromServices] AddProductHandler add)
    {
        var result = await add.HandleAsync(id, new AddProductCommand(form.Sku, form.Quantity ?? 0), User.ToActor());
        return await this.AnswerAsync(result, "NewProduct", "Product added.", ToDetails(id), () => DetailsAsync(id, product: form));
    }

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> RemoveConfiguration(int id, int configurationId, [FromServices] RemoveConfigurationHandler remove)
    {
        await remove.HandleAsync(id, configurationId, User.ToActor());
        return this.Done("Configuration removed.", ToDetails(id));
    }

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> RemoveProduct(int id, int lineId, [FromServices] RemoveProductHandler remove)
    {
        await remove.HandleAsync(id, lineId, User.ToActor());
        return this.Done("Product removed.", ToDetails(id));
    }

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> Copy(int id, [FromServices] CopyQuoteHandler copy)
    {
        var draft = await copy.HandleAsync(id, User.ToActor());
        return this.Done($"Copied into {draft.Reference}: change what you need, then submit it.", ToDetails(draft.Id));
    }

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> Delete(int id, [FromServices] DeleteDraftHandler delete)
    {
        await delete.HandleAsync(id, User.ToActor());
        return this.Done("Draft deleted.", RedirectToAction(nameof(Index)));
    }

    [CompanyRole(CompanyRoles.Approver)]
    [HttpPost]
    public async Task<IActionResult> Accept(int id, [Bind(Prefix = "Accept")] AcceptForm form, [FromServices] AcceptQuoteHandler accept)
    {
        var command = new AcceptQuoteCommand(form.Name, form.Title, form.PurchaseOrder, form.AcceptTerms, form.Revision);
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var approved = await accept.HandleAsync(id, command, address, User.ToActor());
        return await this.AnswerAsync(approved, "Accept", approved.Value
                ? "Quote accepted. Thank you: our sales team has been told and will be in touch about the deposit."
                : "Your approval is recorded. The quote is accepted when the next approval your company needs is given; the approvers who may give it have been told.",
            ToDetails(id), () => DetailsAsync(id, accept: form));
    }

    [CompanyRole(CompanyRoles.Approver)]
    [HttpPost]
    public async Task<IActionResult> Decline(int id, int? version, [Bind(Prefix = "Decline")] DeclineForm form, [FromServices] DeclineQuoteHandler decline)
    {
        var result = await decline.HandleAsync(new DeclineQuoteCommand(id, DecisionNote.ToVendor(form.Reason), SeenVersion: version), User.ToActor());
        // The note's messages belong to the one field the form has.
        return await this.AnswerAsync(Result.Fail(result.Errors.Select(e => e with { Field = nameof(DeclineForm.Reason) })), "Decline",
            "Quote declined. Our sales team has been told why.", ToDetails(id), () => DetailsAsync(id, decline: form));
    }

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> Cancel(int id, int? version, string? reason, [FromServices] CancelQuoteHandler cancel)
    {
        await cancel.HandleAsync(id, version, reason, User.ToActor());
        return this.Done("Quote request cancelled. Our sales team has been told.", ToDetails(id));
    }

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    [EnableRateLimiting(RateLimits.QuoteSubmissionPolicy)]
    public async Task<IActionResult> Submit(int id)
    {
        var result = await submit.HandleAsync(id, User.ToActor());
        return await this.AnswerAsync(result, "Draft",
            $"Quote request {result.Value} submitted. Our sales team aims to answer within {ReviewQueue.Target}.", ToDetails(id), () => DetailsAsync(id));
    }

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    [RequestSizeLimit(MessageForm.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MessageForm.MaxRequestBytes)]
    public async Task<IActionResult> Write(int id, [Bind(Prefix = QuoteThreadView.Prefix)] MessageForm form, [FromServices] PostMessageHandler post,
        CancellationToken cancellationToken)
    {
        var result = await post.HandleAsync(id, await form.ToCommandAsync(mayBeInternal: false, cancellationToken), User.ToActor(), cancellationToken);
        return await this.AnswerAsync(result, QuoteThreadView.Prefix, "Message sent. Our sales team has been told.",
            RedirectToAction(nameof(Details), null, new { id }, QuoteThreadView.Anchor), () => DetailsAsync(id, message: form));
    }

    /// <summary>A file of the quote's conversation, always as a download (never shown in the browser).</summary>
    [HttpGet]
    public async Task<IActionResult> Attachment(int id, int fileId, [FromServices] QuoteThreadQueries thread, CancellationToken cancellationToken) =>
        this.Download(await thread.FileAsync(id, fileId, User.ToActor(), cancellationToken));

    private RedirectToActionResult ToDetails(int id) => RedirectToAction(nameof(Details), new { id });

    private async Task<IActionResult> DetailsAsync(int id, DraftForm? draft = null, ProductLineForm? product = null, AcceptForm? accept = null, DeclineForm? decline = null,
        MessageForm? message = null)
    {
        var actor = User.ToActor();
        return View(nameof(Details), QuotePage.Of(await pages.GetAsync(id, actor), actor, draft, product, accept, decline, message));
    }
}
