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
    private const string Rack = "TRN3-RACK-48U";
    private readonly ClockedPortal _portal = new();

    public void Dispose() => _portal.Dispose();

    private Task RunOffersAsync() => _portal.RunAsync<WaitlistOffers, int>(job => job.RunAsync());

    private Task<List<WaitlistEntry>> EntriesAsync(Quarter quarter) =>
        _portal.Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().Where(e => e.Quarter == quarter).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task AnOfferNotTakenInSeventyTwoHoursPassesToTheNextEntry()
    {
        var quarter = Quarter.Containing(_portal.Clock.GetUtcNow().UtcDateTime).Plus(6);
        await Supply.SetAsync(_portal.Factory, Rack, quarter, 0);
        var standard = await Customers.AddAsync(_portal.Factory, "tardy");
        var strategic = await Customers.AddAsync(_portal.Factory, "sleepy", OrganizationTier.Strategic);
        foreach (var email in new[] { standard, strategic })
        {
            using var buyer = await _portal.Factory.SignedInAsync(email);
            await buyer.SubmitAsync($"/Customer/Waitlist/Join?sku={Rack}", new Dictionary<string, string> { ["Quantity"] = "2", ["Quarter"] = quarter.ToString() });
        }
        await Supply.SetAsync(_portal.Factory, Rack, quarter, 2);
        await RunOffersAsync();
        var (ofStandard, ofStrategic) = ((await EntriesAsync(quarter))[0], (await EntriesAsync(quarter))[1]);
        Assert.Equal((WaitlistStatus.Waiting, WaitlistStatus.Offered), (ofStandard.Status, ofStrategic.Status));

        _portal.Clock.Advance(TimeSpan.FromHours(71));
        await RunOffersAsync();
        Assert.Equal(WaitlistStatus.Offered, (await EntriesAsync(quarter))[1].Status);

        _portal.Clock.Advance(TimeSpan.FromHours(2));
        await RunOffersAsync();

        var entries = await EntriesAsync(quarter);
        Assert.Equal((WaitlistStatus.Offered, 2), (entries[0].Status, entries[0].OfferedUnits));
        Assert.Equal(WaitlistStatus.Expired, entries[1].Status);
        Assert.Contains("has expired", Outbox.LatestTo(_portal.Factory, strategic).Subject);
        Assert.Contains("offered to you", Outbox.LatestTo(_portal.Factory, standard).Subject);
        using var sleepy = await _portal.Factory.SignedInAsync(strategic);
        var late = await sleepy.PostAsync($"/Customer/Waitlist/Accept/{entries[1].Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await sleepy.AntiforgeryTokenAsync("/Customer/Waitlist"),
        });
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("cannot be accepted while it is expired", late.Body);
        Assert.Equal(2, (await Supply.OfAsync(_portal.Factory, Rack, quarter)).Held);
    }
}
