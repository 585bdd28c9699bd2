using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Application.Compliance;
using Portal.Application.Compliance.Screenings;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Compliance;

/// <summary>
/// Loads the vendor's restricted-party list file as the first version (confirmed at once) when the database has none;
/// later versions admins load, and confirm, in the portal.
/// </summary>
public sealed class ScreeningListImporter(PortalDbContext db, ComplianceData data, IRestrictedPartyLists lists, TimeProvider clock,
    ILogger<ScreeningListImporter> logger)
{
    public async Task ImportAsync(CancellationToken cancellationToken = default)
    {
        if (data.ScreeningList is null || await db.ScreeningListVersions.AnyAsync(v => !v.Staged, cancellationToken))
        {
            return;
        }
        await using var file = File.OpenRead(data.ScreeningList);
        var load = await lists.StageAsync(file, data.ScreeningList, "catalog file", cancellationToken);
        if (load.Version is not { ProblemCount: 0 } version)
        {
            throw new InvalidDataException($"The screening list file {data.ScreeningList} did not load whole: {load.Refusal} {string.Join("; ", load.Problems)}");
        }
        version.Confirm(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Loaded {Count} restricted parties from {File}.", load.Version.PartyCount, data.ScreeningList);
    }
}
