using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Compliance.Screenings;
using Portal.Domain.Catalog;
using Portal.Domain.Compliance;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Application.Compliance.Exports;

/// <summary>
/// Checks a quote (loaded with its lines) against the destination rules for its site's country, and, when it carries
/// accelerators, that the company and site were screened against the current list, screening them now if they were
/// not. A screening made here that finds a possible match holds the company; the caller saves.
/// </summary>
public sealed class ExportChecker(IPortalDb db, OrganizationScreener screener, IRestrictedPartyLists lists)
{
    private static readonly string[] AdvancedComputing = ["3A090", "4A090"];

    public async Task<ExportCheck> CheckAsync(Quote quote, Organization organization, Site site, DateTime now, CancellationToken cancellationToken = default)
    {
        var products = ProductsOf(quote);
        var checks = await DestinationsAsync(products, site, now, cancellationToken);
        var accelerators = products.Any(CarriesAccelerators);
        var current = accelerators ? await lists.CurrentAsync(cancellationToken) : null;
        var screenings = current is null ? [] : await ScreeningsAsync(organization, site, current.Version, cancellationToken);
        return new ExportCheck(site.CountryCode, now.Date, checks, products.Where(p => p.ExportClassification is null).ToList(),
            screenings, current?.Version, accelerators);
    }

    /// <summary>The rule for each classification on the quote, to the site's country on the day.</summary>
    public Task<IReadOnlyList<DestinationCheck>> DestinationsAsync(Quote quote, Site site, DateTime now, CancellationToken cancellationToken = default) =>
        DestinationsAsync(ProductsOf(quote), site, now, cancellationToken);

    private async Task<IReadOnlyList<DestinationCheck>> DestinationsAsync(IEnumerable<Product> products, Site site, DateTime now, CancellationToken cancellationToken)
    {
        var book = new DestinationRuleBook(await db.DestinationRules.AsNoTracking().ToListAsync(cancellationToken));
        return products.Where(p => p.ExportClassification is not null).Select(p => p.ExportClassification!).Distinct()
            .Select(classification => book.Check(site.CountryCode, classification, now)).ToList();
    }

    public static bool CarriesAccelerators(Product product) =>
        product.Family == ProductFamily.AcceleratorSled
        || (product.ExportClassification is { } classification && AdvancedComputing.Any(entry => ExportClassification.IsCoveredBy(classification, entry)));

    private static List<Product> ProductsOf(Quote quote) =>
        quote.Racks.SelectMany(c => c.Components.Select(x => x.Product!).Prepend(c.Rack!))
            .Concat(quote.Products.Select(p => p.Product!))
            .DistinctBy(p => p.Id)
            .ToList();

    /// <summary>The latest screening of the company's name and of the site's against the version; made now where missing.</summary>
    private async Task<IReadOnlyList<Screening>> ScreeningsAsync(Organization organization, Site site, ScreeningListVersion version, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(organization.Id, site.Id, version.Id, cancellationToken);
        if (latest.Count == 2)
        {
            return latest;
        }
        return await screener.ScreenCompanyAndSiteAsync(organization, site, cancellationToken);
    }

    private async Task<List<Screening>> LatestAsync(int organizationId, int siteId, int versionId, CancellationToken cancellationToken)
    {
        var screenings = await db.Screenings.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId && s.ListVersionId == versionId && (s.SiteId == null || s.SiteId == siteId))
            .ToListAsync(cancellationToken);
        return screenings.GroupBy(s => s.SiteId).Select(g => g.MaxBy(s => s.Id)!).ToList();
    }
}
