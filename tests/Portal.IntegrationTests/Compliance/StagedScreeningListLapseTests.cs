using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Compliance.Screenings;
using Portal.Application.Compliance.Screenings.ConfirmScreeningList;
using Portal.Domain.Compliance;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Compliance;

/// <summary>A staged list nobody confirms within a day can no longer be confirmed, and the hourly job discards it with its parties.</summary>
public sealed class StagedScreeningListLapseTests
{
    [Fact]
    public async Task AListLeftUnconfirmedForADayIsDiscardedWithItsParties()
    {
        using var portal = new ClockedPortal();
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");
        await ScreeningListUploadTests.UploadAsync(admin, "source,name\nEntity List,Zorvex Trading\n");
        var id = await portal.Factory.QueryAsync(db => db.ScreeningListVersions.Where(v => v.Staged).Select(v => v.Id).SingleAsync());

        portal.Clock.Advance(ScreeningListVersion.StagedFor + TimeSpan.FromMinutes(1));
        var confirmed = await portal.RunAsync<ConfirmScreeningListHandler, ScreeningListConfirmed?>(h => h.HandleAsync(new ConfirmScreeningListCommand(id), Actor.System));
        // The job's timer runs on the moved clock too and may have discarded it already; a run now makes sure.
        await Jobs.RunAsync<ForgetStagedScreeningLists>(portal.Factory);

        Assert.Null(confirmed);
        Assert.False(await portal.Factory.QueryAsync(db => db.ScreeningListVersions.AnyAsync(v => v.Id == id)));
        Assert.Equal(0, await portal.Factory.QueryAsync(db => db.ListedParties.CountAsync(p => p.ListVersionId == id)));
    }
}
