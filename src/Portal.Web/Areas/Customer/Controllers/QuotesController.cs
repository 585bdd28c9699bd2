using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Answers;
using Portal.Application.Quotes.Drafts;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Review;
using Portal.Application.Quotes.Revisions;
using Portal.Application.Quotes.Submit;
using Portal.Application.Sites;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The organization's quote requests: the list, each request's page, and the draft's changes and submission.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class QuotesController(
    QuoteQueries quotes,
    QuoteDrafts drafts,
    SubmitQuoteHandler submit,
    QuoteDecisions decisions,
    QuoteAnswers answers,
    QuotePricing pricing,
    SiteHandlers sites,
    CatalogQueries catalog,
    QuoteRevisions revisions,
    AllocationHolds holds,
    TimeProvider clock) : Controller
{
    [HttpGet]
    [OutputCache(PolicyName = PageCache.OrganizationPage)]
    public async Task<IActionResult> Index(QuoteStatus? status, string? q, int page = 1)
    {
        ViewBag.Status = status;
        ViewBag.Search = q;
        return View(await quotes.ListAsync(new QuoteFilter(status, q, page), User.ToActor()));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id) => View(await PageAsync(id));

    [HttpPost]
    public async Task<IActionResult> Describe(int id, [Bind(Prefix = "Draft")] DraftForm form)
    {
        var result = ModelState.IsValid
            ? await drafts.DescribeAsync(id, new DescribeDraftCommand(form.SiteId, form.RequestedQuarter, form.Notes), User.ToActor())
            : Result.Fail("Draft", "Some values could not be read; check the form.");
        return await AfterAsync(id, result, "Draft saved.", "Draft", form, null);
    }

    [HttpPost]
    public async Task<IActionResult> AddProduct(int id, [Bind(Prefix = "NewProduct")] ProductLineForm form)
    {
        var result = await drafts.AddProductAsync(id, new AddProductCommand(form.Sku, form.Quantity ?? 0), User.ToActor());
        return await AfterAsync(id, result, "Product added.", "NewProduct", null, form);
    }

    [HttpPost]
    public async Task<IActionResult> RemoveConfiguration(int id, int configurationId)
    {
        await drafts.RemoveConfigurationAsync(id, configurationId, User.ToActor());
        TempData["Notice"] = "Configuration removed.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> RemoveProduct(int id, int lineId)
    {
        await drafts.RemoveProductAsync(id, lineId, User.ToActor());
        TempData["Notice"] = "Product removed.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id)
    {
        await drafts.DeleteAsync(id, User.ToActor());
        TempData["Notice"] = "Draft deleted.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Accept(int id, [Bind(Prefix = "Accept")] AcceptForm form)
    {
        var command = new AcceptQuoteCommand(form.Name, form.Title, form.PurchaseOrder, form.AcceptTerms, form.Revision);
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await answers.AcceptAsync(id, command, address, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, "Accept");
            return View(nameof(Details), await PageAsync(id, accept: form));
        }
        TempData["Notice"] = "Quote accepted. Thank you: our sales team has been told and will be in touch about the deposit.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Decline(int id, int? version, [Bind(Prefix = "Decline")] DeclineForm form)
    {
        var result = await answers.DeclineAsync(id, version, new DecisionNote(form.Reason), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors.Select(e => e with { Field = nameof(DeclineForm.Reason) }), "Decline");
            return View(nameof(Details), await PageAsync(id, decline: form));
        }
        TempData["Notice"] = "Quote declined. Our sales team has been told why.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Cancel(int id, int? version, string? reason)
    {
        await decisions.CancelAsync(id, version, reason, User.ToActor());
        TempData["Notice"] = "Quote request cancelled. Our sales team has been told.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [EnableRateLimiting(RateLimits.QuoteSubmissionPolicy)]
    public async Task<IActionResult> Submit(int id)
    {
        var result = await submit.HandleAsync(id, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, "Draft");
            return View(nameof(Details), await PageAsync(id));
        }
        TempData["Notice"] = $"Quote request {result.Value} submitted. Our sales team aims to answer within two business days.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> AfterAsync(int id, Result result, string notice, string prefix, DraftForm? draft, ProductLineForm? product)
    {
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, prefix);
            return View(nameof(Details), await PageAsync(id, draft, product));
        }
        TempData["Notice"] = notice;
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<QuotePage> PageAsync(int id, DraftForm? draft = null, ProductLineForm? product = null, AcceptForm? accept = null, DeclineForm? decline = null)
    {
        var actor = User.ToActor();
        var view = await quotes.GetAsync(id, actor);
        var quote = view.Quote;
        var now = clock.GetUtcNow().UtcDateTime;
        return new QuotePage(
            view,
            pricing.PriceFor(view, actor),
            draft ?? new DraftForm { SiteId = quote.SiteId, RequestedQuarter = quote.RequestedQuarter?.ToString(), Notes = quote.Notes },
            product ?? new ProductLineForm { Quantity = 1 },
            await sites.ListAsync(actor),
            Enumerable.Range(0, 8).Select(quote.EarliestDelivery(now).Plus).ToList(),
            await catalog.LooseProductsAsync(),
            accept ?? new AcceptForm { Name = actor.Name, Revision = quote.Revision },
            decline ?? new DeclineForm(),
            await revisions.ListAsync(id, actor),
            quote.RequestedQuarter is not null && !quote.IsIssued && (quote.IsEditable || quote.Status.IsOpen())
                ? (await holds.CheckAsync(quote)).Where(s => s.IsShort).ToList()
                : []);
    }
}
