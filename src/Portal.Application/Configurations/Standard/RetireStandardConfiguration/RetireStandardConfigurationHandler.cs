using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Configurations.Standard.RetireStandardConfiguration;

/// <summary>An admin stops offering a standard configuration; one already retired is refused with its reason.</summary>
public sealed class RetireStandardConfigurationHandler(IPortalDb db, Acting acting)
{
    public async Task HandleAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureAdmin();
        var configuration = await db.StandardConfigurationToChangeAsync(id, cancellationToken);
        configuration.Retire();
        await db.SaveChangesAsync(cancellationToken);
    }
}
