using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Pricing;
using Portal.Domain.Quotes;
using Portal.Web.Accounts;

namespace Portal.Web.Areas.Staff.Controllers;

/// <summary>Every customer's submitted quote requests, for sales and admins to read.</summary>
[Area("Staff")]
[Authorize(Roles = PortalRoles.Staff)]
public sealed class QuotesController(QuoteQueries quotes, QuotePricing pricing) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(QuoteStatus? status, string? q, int page = 1)
    {
        ViewBag.Status = status;
        ViewBag.Search = q;
        return View(await quotes.ListAsync(new QuoteFilter(status, q, page), User.ToActor()));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id)
    {
        var view = await quotes.GetAsync(id, User.ToActor());
        return View(new StaffQuotePage(view, pricing.Price(view.Quote)));
    }
}

public sealed record StaffQuotePage(QuoteView View, QuotePrice Price);
