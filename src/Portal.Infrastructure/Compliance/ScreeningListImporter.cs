using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Application.Compliance;
using Portal.Application.Compliance.Screenings;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Compliance;

/// <summary>Loads the vendor's restricted-party list file as the first version when the database has none; later versions admins load in the portal.</summary>
public sealed class ScreeningListImporter(PortalDbContext db, ComplianceData data, IRestrictedPartyLists lists, ILogger<ScreeningListImporter> logger)
{
    public async Task ImportAsync(CancellationToken cancellationToken = default)
    {
        if (data.ScreeningList is null || await db.ScreeningListVersions.AnyAsync(cancellationToken))
        {
            return;
        }
        await using var file = File.OpenRead(data.ScreeningList);
        var load = await lists.LoadAsync(file, data.ScreeningList, "catalog file", cancellationToken);
        if (load.Version is null || load.Problems.Count > 0)
        {
            throw new InvalidDataException($"The screening list file {data.ScreeningList} did not load whole: {load.Refusal} {string.Join("; ", load.Problems)}");
        }
        logger.LogInformation("Loaded {Count} restricted parties from {File}.", load.Version.PartyCount, data.ScreeningList);
    }
}
