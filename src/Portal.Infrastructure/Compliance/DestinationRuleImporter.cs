using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Application.Compliance;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Compliance;

/// <summary>Loads the vendor's destination rules file into a database that has no rules yet; from then on admins keep them in the portal.</summary>
public sealed class DestinationRuleImporter(PortalDbContext db, ComplianceData data, ILogger<DestinationRuleImporter> logger)
{
    public async Task ImportAsync(CancellationToken cancellationToken = default)
    {
        if (data.DestinationRules is null || await db.DestinationRules.AnyAsync(cancellationToken))
        {
            return;
        }
        var rules = DestinationRulesFile.Read(data.DestinationRules);
        db.DestinationRules.AddRange(rules);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Imported {Count} destination rules from {File}.", rules.Count, data.DestinationRules);
    }
}
