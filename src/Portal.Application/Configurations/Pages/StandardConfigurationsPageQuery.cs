using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Configurations;

namespace Portal.Application.Configurations.Pages;

/// <summary>A standard configuration in the admin's list.</summary>
public sealed record StandardConfigurationRow(int Id, string Name, string Description, string RackName, string Components, bool Retired);

/// <summary>The admin's form: the one being changed (none for a new one), and the catalog's racks and components to choose from.</summary>
public sealed record StandardConfigurationEdit(StandardConfiguration? Existing, IReadOnlyList<ProductCard> Racks, IReadOnlyList<ProductCard> Components);

/// <summary>The admin's pages of standard configurations: the list, and the form.</summary>
public sealed class StandardConfigurationsPageQuery(IPortalDb db, CatalogQueries catalog)
{
    public async Task<IReadOnlyList<StandardConfigurationRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await Loaded().OrderBy(c => c.Retired).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        return all.Select(c => new StandardConfigurationRow(c.Id, c.Name, c.Description, c.Rack!.Name,
            string.Join(", ", c.Components.Select(p => $"{p.Quantity} × {p.Product!.Name}")), c.Retired)).ToList();
    }

    /// <summary>The form for a new one, or for changing that one; an unknown id is not found.</summary>
    public async Task<StandardConfigurationEdit> EditAsync(int? id, CancellationToken cancellationToken = default)
    {
        var existing = id is null ? null
            : await Loaded().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("The standard configuration");
        var products = await catalog.BrowseAsync(new CatalogFilter(null, null, null), cancellationToken);
        return new StandardConfigurationEdit(existing,
            products.Where(p => p.Family == ProductFamily.AcceleratorRack).ToList(),
            products.Where(p => p.Family is not (ProductFamily.AcceleratorRack or ProductFamily.Service)).ToList());
    }

    private IQueryable<StandardConfiguration> Loaded() =>
        db.StandardConfigurations.AsNoTracking().Include(c => c.Rack).Include(c => c.Components).ThenInclude(c => c.Product);
}
