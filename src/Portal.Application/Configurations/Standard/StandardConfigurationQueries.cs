using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Configurations;

namespace Portal.Application.Configurations.Standard;

/// <summary>The standard configurations customers may start from, and the request one fills the configurator with.</summary>
public sealed class StandardConfigurationQueries(IPortalDb db)
{
    public async Task<IReadOnlyList<StandardConfigurationOffer>> OfferedAsync(CancellationToken cancellationToken = default) =>
        await db.StandardConfigurations.AsNoTracking().Offered().ToListAsync(cancellationToken);

    /// <summary>The configuration to start from, as the configurator's request; a retired one is refused with its reason.</summary>
    public async Task<StandardStart> StartFromAsync(int id, CancellationToken cancellationToken = default)
    {
        var standard = await db.StandardConfigurations.AsNoTracking().Include(c => c.Rack).Include(c => c.Components).ThenInclude(c => c.Product)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("The standard configuration");
        if (standard.Retired)
        {
            throw new Domain.Common.DomainException(
                $"The standard configuration \"{standard.Name}\" is no longer offered. Start from another one on the configurator, or build the rack yourself.");
        }
        return new StandardStart(standard.Name, standard.Rack!.Sku, standard.Components.Select(c => new ComponentRequest(c.Product!.Sku, c.Quantity)).ToList());
    }
}

/// <summary>What a standard configuration fills the configurator with.</summary>
public sealed record StandardStart(string Name, string RackSku, IReadOnlyList<ComponentRequest> Components);
