using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Configurations;
using Portal.Application.Configurations.Standard.SaveStandardConfiguration;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Seeding;

/// <summary>
/// The demo vendor's standard configurations of its racks, made by the demo admin through the portal's own use case (so
/// they keep the configurator's rules): the vendor sells Trainium in whole racks, with servers and network equipment.
/// </summary>
public sealed class DemoStandardConfigurations(PortalDbContext db, SaveStandardConfigurationHandler save)
{
    public static readonly IReadOnlyList<SaveStandardConfigurationCommand> Offered =
    [
        new(null, "Trainium3 UltraServer, 18 sleds, CDU, scale-out switch",
            "The full liquid-cooled UltraServer for training: 18 Trainium3 sleds, its coolant distribution unit, an EFA scale-out switch and management.",
            "TRN3-RACK-48U", [new("TRN3-SLED-8", 18), new("CDU-LIQ-150KW", 1), new("EFA-SW-51T", 1), new("MGMT-SW-1G", 1)]),
        new(null, "Trainium3 inference rack, 8 sleds",
            "Half a rack of Trainium3 for serving models, with Graviton hosts, local NVMe, a CDU and a 25.6T switch.",
            "TRN3-RACK-48U", [new("TRN3-SLED-8", 8), new("CDU-LIQ-150KW", 1), new("EFA-SW-25T", 1), new("GRV4-SRV-1U", 2), new("STOR-NVME-1U", 1)]),
        new(null, "Trainium2 air-cooled starter rack",
            "Three Trainium2 servers that run on air cooling in an ordinary data hall, with a switch, management and NVMe storage.",
            "TRN2-RACK-48U", [new("TRN2-SRV-16", 3), new("EFA-SW-25T", 1), new("MGMT-SW-1G", 1), new("STOR-NVME-2U", 1)]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.StandardConfigurations.AnyAsync(cancellationToken))
        {
            return;
        }
        var admin = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Admin.Email, cancellationToken);
        var actor = new Actor(admin.Id, admin.FullName, null, new HashSet<string> { PortalRoles.Admin });
        foreach (var standard in Offered)
        {
            var saved = await save.HandleAsync(standard, actor, cancellationToken);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException(
                    $"The demo's standard configuration \"{standard.Name}\" breaks a rule: {string.Join(" ", saved.Errors.Select(e => e.Message))}");
            }
        }
    }
}
