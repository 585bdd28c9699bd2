using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Configurations;

namespace Portal.Application.Configurations.Standard;

public static class StandardConfigurationLoading
{
    /// <summary>The standard configuration with its rack and components' products, tracked for a change.</summary>
    public static async Task<StandardConfiguration> StandardConfigurationToChangeAsync(this IPortalDb db, int id, CancellationToken cancellationToken) =>
        await db.StandardConfigurations.Include(c => c.Rack).Include(c => c.Components).ThenInclude(c => c.Product)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("The standard configuration");
}
