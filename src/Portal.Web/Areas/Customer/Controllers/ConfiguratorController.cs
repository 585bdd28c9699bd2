using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Application.Common;
using Portal.Application.Quotes.Pages;
using Portal.Application.Quotes.SaveConfiguration;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>
/// Build a rack and see at once whether it fits the rack, the site and the supply. Without script the form posts and
/// the page comes back; with it, <c>Evaluate</c> answers the same evaluation as a fragment while the buyer types.
/// </summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class ConfiguratorController(ConfiguratorPageQuery page) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? rack, int? quote, int? configuration, int? standard)
    {
        var actor = User.ToActor();
        if (quote is { } quoteId && configuration is { } rackId)
        {
            var (draft, onDraft) = await page.RackOnQuoteAsync(quoteId, rackId, actor);
            return View(await PageAsync(ConfiguratorForm.From(draft, onDraft)));
        }
        if (standard is { } standardId)
        {
            var start = await page.StartFromAsync(standardId);
            return View(await PageAsync(ConfiguratorForm.From(start, await page.FirstSiteIdAsync(actor), quote), start.Name));
        }
        return View(await PageAsync(new ConfiguratorForm { RackSku = rack, SiteId = await page.FirstSiteIdAsync(actor), QuoteId = quote }));
    }

    /// <summary>Puts a configuration that keeps every rule on the draft (or a new one) and opens it.</summary>
    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> AddToQuote(ConfiguratorForm form, [FromServices] SaveConfigurationHandler save)
    {
        var result = await save.HandleAsync(new SaveConfigurationCommand(form.QuoteId, form.ConfigurationId, form.ToRequest()), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors.Where(e => e.Field.Length == 0));
            return View(nameof(Index), await PageAsync(form));
        }
        TempData["Notice"] = form.ConfigurationId is null ? "Configuration added to the quote request." : "Configuration saved on the quote request.";
        return RedirectToAction("Details", "Quotes", new { id = result.Value });
    }

    [HttpPost]
    public async Task<IActionResult> Index(ConfiguratorForm form) => View(await PageAsync(form));

    /// <summary>The live feedback: it saves nothing, so it takes the session found current a moment ago.</summary>
    [HttpPost]
    [ChangesNothing]
    [EnableRateLimiting(RateLimits.LiveFeedbackPolicy)]
    public async Task<IActionResult> Evaluate(ConfiguratorForm form) =>
        PartialView("_Evaluation", await page.EvaluateAsync(form.ToRequest(), User.ToActor()));

    /// <summary>The page for the form as filled in; a first visit starts from the first rack that can be ordered.</summary>
    private async Task<ConfiguratorPage> PageAsync(ConfiguratorForm form, string? startedFrom = null)
    {
        var choices = await page.GetAsync(form.ToRequest(), User.ToActor());
        form.RackSku = choices.RackSku;
        return new ConfiguratorPage(form.WithBlankRows(), choices, startedFrom);
    }
}
