using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Compliance;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Homes;

/// <summary>A compliance officer lands on its home: the possible matches and export holds to decide, each linked to where it is decided.</summary>
public abstract class ComplianceHomeTests(PortalFixture portal)
{
    private PortalFactory Factory
    {
        get
        {
            portal.Database.Require();
            return portal.Factory;
        }
    }

    [SkippableFact]
    public async Task AnOfficerLandsOnItsHomeListingTheMatchesAndHoldsToDecide()
    {
        var matches = await Factory.QueryAsync(db => db.Screenings.Where(s => s.Outcome == ScreeningOutcome.PossibleMatch).Select(s => s.Id).ToListAsync());
        var held = await Factory.QueryAsync(db => db.Quotes.Where(q => q.Status == QuoteStatus.ComplianceHold).Select(q => q.Id).ToListAsync());
        using var officer = await Factory.SignedInAsync("compliance@northwind.example");

        var landing = await officer.GetAsync("/");
        var home = await officer.GetAsync(landing.Location!);

        Assert.Equal("/Compliance", landing.Location);
        Assert.NotEmpty(matches);
        Assert.All(matches, id => StaffHomeTests.Row(home, "screenings", $"/Compliance/Screenings#screening-{id}"));
        Assert.NotEmpty(held);
        Assert.All(held, id => StaffHomeTests.Row(home, "holds", $"/Compliance/ExportHolds#hold-{id}"));
        await StaffHomeTests.AllLinksOpenAsync(officer, home);
    }

    [SkippableFact]
    public async Task CustomersAndSalesCannotOpenTheComplianceHome()
    {
        using var customer = await Factory.SignedInAsync("buyer@helios.example");
        using var sales = await Factory.SignedInAsync("sales@northwind.example");

        Assert.NotEqual(HttpStatusCode.OK, (await customer.GetAsync("/Compliance")).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await sales.GetAsync("/Compliance")).Status);
    }
}

public sealed class ComplianceHomeOnSqlite(SqlitePortal portal) : ComplianceHomeTests(portal), IClassFixture<SqlitePortal>;

public sealed class ComplianceHomeOnPostgreSql(PostgresPortal portal) : ComplianceHomeTests(portal), IClassFixture<PostgresPortal>;
