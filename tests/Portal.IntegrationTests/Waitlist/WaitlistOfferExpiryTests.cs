using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Application.Waitlist;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Waitlist;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Waitlist;

/// <summary>An offer not taken in 72 hours lapses and its units pass down the line, moved there by the clock, never by sleeping.</summary>
public sealed class WaitlistOfferExpiryTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly PortalFactory _factory;

    public WaitlistOfferExpiryTests() =>
        _factory = new PortalFactory(new SqliteTestDatabase(), services: s => s.AddSingleton<TimeProvider>(_clock));

    public void Dispose() => _factory.Dispose();

    private async Task RunOffersAsync()
    {
        using var scope = _factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<WaitlistOffers>().RunAsync();
    }

    private Task<List<WaitlistEntry>> EntriesAsync(Quarter quarter) =>
        _factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().Where(e => e.Quarter == quarter).OrderBy(e => e.Id).ToListAsync());

    private Task SetSupplyAsync(Quarter quarter, int units) =>
        _factory.QueryAsync(async db =>
        {
            var rack = await db.Products.SingleAsync(p => p.Sku == "TRN3-RACK-48U");
            var allocation = await db.Allocations.SingleOrDefaultAsync(a => a.ProductId == rack.Id && a.Quarter == quarter);
            if (allocation is null)
            {
                db.Allocations.Add(new Allocation(rack.Id, quarter, units));
            }
            else
            {
                allocation.SetSupply(units);
            }
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task AnOfferNotTakenInSeventyTwoHoursPassesToTheNextEntry()
    {
        var quarter = Quarter.Containing(_clock.GetUtcNow().UtcDateTime).Plus(6);
        await SetSupplyAsync(quarter, 0);
        var standard = await Customers.AddAsync(_factory, "tardy");
        var strategic = await Customers.AddAsync(_factory, "sleepy", OrganizationTier.Strategic);
        foreach (var email in new[] { standard, strategic })
        {
            using var buyer = await _factory.SignedInAsync(email);
            await buyer.SubmitAsync("/Customer/Waitlist/Join?sku=TRN3-RACK-48U", new Dictionary<string, string> { ["Quantity"] = "2", ["Quarter"] = quarter.ToString() });
        }
        await SetSupplyAsync(quarter, 2);
        await RunOffersAsync();
        var (ofStandard, ofStrategic) = ((await EntriesAsync(quarter))[0], (await EntriesAsync(quarter))[1]);
        Assert.Equal((WaitlistStatus.Waiting, WaitlistStatus.Offered), (ofStandard.Status, ofStrategic.Status));

        _clock.Advance(TimeSpan.FromHours(71));
        await RunOffersAsync();
        Assert.Equal(WaitlistStatus.Offered, (await EntriesAsync(quarter))[1].Status);

        _clock.Advance(TimeSpan.FromHours(2));
        await RunOffersAsync();

        var entries = await EntriesAsync(quarter);
        Assert.Equal((WaitlistStatus.Offered, 2), (entries[0].Status, entries[0].OfferedUnits));
        Assert.Equal(WaitlistStatus.Expired, entries[1].Status);
        Assert.Contains("has expired", Outbox.LatestTo(_factory, strategic).Subject);
        Assert.Contains("offered to you", Outbox.LatestTo(_factory, standard).Subject);
        using var sleepy = await _factory.SignedInAsync(strategic);
        var late = await sleepy.PostAsync($"/Customer/Waitlist/Accept/{entries[1].Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await sleepy.AntiforgeryTokenAsync("/Customer/Waitlist"),
        });
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("cannot be accepted while it is expired", late.Body);
        var allocation = await _factory.QueryAsync(db => db.Allocations.AsNoTracking().SingleAsync(a => a.Quarter == quarter && db.Products.Any(p => p.Id == a.ProductId && p.Sku == "TRN3-RACK-48U")));
        Assert.Equal(2, allocation.Held);
    }
}
