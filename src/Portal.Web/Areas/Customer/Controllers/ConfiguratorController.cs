using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Configurations;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Drafts;
using Portal.Application.Sites;
using Portal.Domain.Catalog;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>
/// Build a rack and see at once whether it fits the rack, the site and the supply. Without script the form posts and
/// the page comes back; with it, <c>Evaluate</c> answers the same evaluation as a fragment while the buyer types.
/// </summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class ConfiguratorController(
    ConfigurationEvaluator evaluator,
    QuoteDrafts drafts,
    QuoteQueries quotes,
    CatalogQueries catalog,
    SiteQueries sites) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? rack, int? quote, int? configuration)
    {
        var actor = User.ToActor();
        if (quote is { } quoteId && configuration is { } configurationId)
        {
            return View(await PageAsync(ConfiguratorForm.From(await quotes.GetAsync(quoteId, actor), configurationId)));
        }
        var mySites = await sites.ListAsync(actor);
        var form = new ConfiguratorForm { RackSku = rack, SiteId = mySites.FirstOrDefault()?.Id, QuoteId = quote };
        return View(await PageAsync(form));
    }

    /// <summary>Puts a configuration that keeps every rule on the draft (or a new one) and opens it.</summary>
    [HttpPost]
    public async Task<IActionResult> AddToQuote(ConfiguratorForm form)
    {
        var result = await drafts.SaveConfigurationAsync(form.QuoteId, form.ConfigurationId, form.ToRequest(), User.ToActor());
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

    [HttpPost]
    [EnableRateLimiting(RateLimits.LiveFeedbackPolicy)]
    public async Task<IActionResult> Evaluate(ConfiguratorForm form) =>
        PartialView("_Evaluation", await evaluator.EvaluateAsync(form.ToRequest(), User.ToActor()));

    private async Task<ConfiguratorPage> PageAsync(ConfiguratorForm form)
    {
        var actor = User.ToActor();
        var products = await catalog.BrowseAsync(new CatalogFilter(null, null, null));
        // A first visit starts from the first rack that can be ordered, whatever the vendor's catalog holds.
        form.RackSku ??= products.FirstOrDefault(p => p.Family == ProductFamily.AcceleratorRack
            && p.Availability.Kind is AvailabilityKind.Available or AvailabilityKind.AllocationLimited)?.Sku;
        var evaluation = await evaluator.EvaluateAsync(form.ToRequest(), actor);
        return new ConfiguratorPage(
            form.WithBlankRows(),
            evaluation,
            products.Where(p => p.Family == ProductFamily.AcceleratorRack).ToList(),
            products.Where(ConfiguratorPage.IsComponent).ToList(),
            await sites.ListAsync(actor));
    }
}
