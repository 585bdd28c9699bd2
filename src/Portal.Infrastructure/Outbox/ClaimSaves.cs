using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;

namespace Portal.Infrastructure.Outbox;

public static class ClaimSaves
{
    /// <summary>Saves a claim or an outcome; false when another sender changed the item first (its version moved on).</summary>
    public static async Task<bool> TrySaveAsync(this IPortalDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
