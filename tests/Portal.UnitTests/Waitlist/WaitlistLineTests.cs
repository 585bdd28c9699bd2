using System.Reflection;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Waitlist;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Waitlist;

/// <summary>The order of a line and each entry's place in it: tier first, then time, then id; "earliest" stands in every quarter's line.</summary>
public sealed class WaitlistLineTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Quarter Q1 = new(2027, 1);
    private static int _ids;

    /// <summary>An entry with an id, as the database would give it.</summary>
    internal static WaitlistEntry Entry(OrganizationTier tier, int quantity, Quarter? quarter, DateTime joined)
    {
        var organization = new Organization("Org", "US", "billing@org.example", joined);
        organization.SetTier(tier);
        var entry = new WaitlistEntry(organization, "buyer", Products.Rack(), quantity, quarter, joined);
        typeof(WaitlistEntry).GetProperty(nameof(WaitlistEntry.Id))!.SetValue(entry, Interlocked.Increment(ref _ids));
        return entry;
    }

    [Fact]
    public void StrategicComesBeforeStandardThenTheEarlierThenTheLowerId()
    {
        var standardEarly = Entry(OrganizationTier.Standard, 1, Q1, Now);
        var strategicLate = Entry(OrganizationTier.Strategic, 1, Q1, Now.AddDays(3));
        var standardTieFirst = Entry(OrganizationTier.Standard, 1, Q1, Now.AddDays(1));
        var standardTieSecond = Entry(OrganizationTier.Standard, 1, Q1, Now.AddDays(1));

        var order = WaitlistLine.InOrder([standardTieSecond, standardEarly, standardTieFirst, strategicLate]).ToList();

        Assert.Equal([strategicLate, standardEarly, standardTieFirst, standardTieSecond], order);
    }

    [Fact]
    public void AnEntryCountsOnlyTheEntriesThatWantTheSameSupplyAhead()
    {
        var earliest = Entry(OrganizationTier.Standard, 4, null, Now);
        var firstQuarter = Entry(OrganizationTier.Standard, 2, Q1, Now.AddHours(1));
        var otherQuarter = Entry(OrganizationTier.Standard, 5, Q1.Plus(1), Now.AddHours(2));
        var secondInFirstQuarter = Entry(OrganizationTier.Standard, 3, Q1, Now.AddHours(3));
        var lateEarliest = Entry(OrganizationTier.Standard, 1, null, Now.AddHours(4));

        var places = WaitlistLine.Places([earliest, firstQuarter, otherQuarter, secondInFirstQuarter, lateEarliest]);

        Assert.Equal(new WaitlistPlace(1, 0), places[earliest.Id]);
        Assert.Equal(new WaitlistPlace(2, 4), places[firstQuarter.Id]);
        Assert.Equal(new WaitlistPlace(2, 4), places[otherQuarter.Id]);
        Assert.Equal(new WaitlistPlace(3, 6), places[secondInFirstQuarter.Id]);
        Assert.Equal(new WaitlistPlace(5, 14), places[lateEarliest.Id]);
    }

    [Fact]
    public void APositionAmongTheCompetitorsIsThePlaceTheLineGives()
    {
        var earliest = Entry(OrganizationTier.Standard, 4, null, Now);
        var firstQuarter = Entry(OrganizationTier.Standard, 2, Q1, Now.AddHours(1));
        var otherQuarter = Entry(OrganizationTier.Strategic, 5, Q1.Plus(1), Now.AddHours(2));
        var secondInFirstQuarter = Entry(OrganizationTier.Strategic, 3, Q1, Now.AddHours(3));
        var lateEarliest = Entry(OrganizationTier.Standard, 1, null, Now.AddHours(4));
        WaitlistEntry[] line = [earliest, firstQuarter, otherQuarter, secondInFirstQuarter, lateEarliest];

        var places = WaitlistLine.Places(line);

        Assert.All(line, entry =>
        {
            var competitors = line.Where(e => e != entry && (entry.Quarter is not { } q || e.Wants(q)));
            Assert.Equal(places[entry.Id].Position, WaitlistLine.PositionAmong(competitors, entry.Priority, entry.QueuedUtc, entry.Id));
        });
    }

    [Fact]
    public void TheEstimateIsTheFirstQuarterWhoseFreeSupplyCoversTheUnitsAheadAndOnesOwn()
    {
        var entry = Entry(OrganizationTier.Standard, 3, null, Now);
        var free = new Dictionary<Quarter, int> { [Q1] = 2, [Q1.Plus(1)] = 4, [Q1.Plus(2)] = 10 };

        Assert.Equal(Q1.Plus(1), WaitlistLine.EstimatedQuarter(entry, new WaitlistPlace(2, 2), free, Q1));
        Assert.Equal(Q1.Plus(2), WaitlistLine.EstimatedQuarter(entry, new WaitlistPlace(3, 5), free, Q1));
        Assert.Null(WaitlistLine.EstimatedQuarter(entry, new WaitlistPlace(9, 40), free, Q1));
        var wantsQ1 = Entry(OrganizationTier.Standard, 3, Q1, Now);
        Assert.Null(WaitlistLine.EstimatedQuarter(wantsQ1, new WaitlistPlace(1, 0), free, Q1));
    }
}
