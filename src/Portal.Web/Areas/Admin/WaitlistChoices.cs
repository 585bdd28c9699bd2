using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Waitlist.Pages;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin;

/// <summary>The admin waitlist's filters: the line shown is the one chosen.</summary>
public static class WaitlistChoices
{
    public static IReadOnlyList<SelectListItem> ProductChoices(this AdminWaitlistPage page) =>
        Choices.Of(page.Products, page.Line.Product.Sku, p => p.Sku, p => p.Name);

    public static IReadOnlyList<SelectListItem> QuarterChoices(this AdminWaitlistPage page) =>
        Choices.Among(page.Line.Quarter?.ToString(), page.Quarters.Select(q => q.ToString()));
}
