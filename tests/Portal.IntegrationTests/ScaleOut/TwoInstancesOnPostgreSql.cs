using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Quotes.Expiry;
using Portal.Infrastructure.Caching;
using Portal.Infrastructure.Jobs;
using Portal.IntegrationTests.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.ScaleOut;

/// <summary>What a load balancer may do to a person or to a rush of requests across two instances on one PostgreSQL.</summary>
public sealed class TwoInstancesOnPostgreSql(TwoPortals portals) : IClassFixture<TwoPortals>
{
    [SkippableFact]
    public async Task ASignInOnOneInstanceCarriesOnOnTheOtherAndItsFormsPostThere()
    {
        var (first, second) = portals.OneBrowser();
        using var toFirst = first;
        using var toSecond = second;

        await toFirst.SignInAsync("buyer@helios.example");
        var quotes = await toSecond.GetAsync("/Customer/Quotes");
        // A form the first instance drew, posted to the second: its antiforgery token is signed with the shared keys.
        var token = await toFirst.AntiforgeryTokenAsync("/Customer/Quotes");
        var signOut = await toSecond.PostAsync("/Account/Logout", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var afterwards = await toFirst.GetAsync("/Customer/Quotes");

        Assert.Equal(HttpStatusCode.OK, quotes.Status);
        Assert.Contains("Harper Quinn", quotes.Text("nav"));
        Assert.Equal(HttpStatusCode.Redirect, signOut.Status);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.Status);
        Assert.Contains("/Account/Login", afterwards.Location);
        // Both run in this one process, where a key ring in the home folder would be shared as well: check it is the database's.
        Assert.Single(await portals.First.QueryAsync(db => db.DataProtectionKeys.ToListAsync()));
    }

    [SkippableFact]
    public async Task AChangeSavedOnOneInstanceShowsAtOnceThereAndInTheOthersCachedPageAsSoonAsItHears()
    {
        var (first, second) = portals.OneBrowser();
        using var toFirst = first;
        using var toSecond = second;
        await toFirst.SignInAsync("buyer@fjord.example");
        await toFirst.GetAsync("/Customer/Sites");
        await toSecond.GetAsync("/Customer/Sites");
        var renamed = $"Renamed {Guid.NewGuid():N}"[..16];
        var added = $"Added {Guid.NewGuid():N}"[..14];

        // Behind the portal's back: no save, so neither instance's cached page knows.
        await portals.First.QueryAsync(db => db.Sites.Where(s => s.Organization!.Name == "Fjord Compute AS")
            .ExecuteUpdateAsync(s => s.SetProperty(site => site.Name, renamed)));
        var cached = await Task.WhenAll(toFirst.GetAsync("/Customer/Sites"), toSecond.GetAsync("/Customer/Sites"));
        await AddSiteAsync(portals.First, added);
        var onFirst = await toFirst.GetAsync("/Customer/Sites");
        var onSecond = await UntilShownAsync(toSecond, "/Customer/Sites", added);

        Assert.All(cached, page => Assert.DoesNotContain(renamed, page.Body));
        Assert.Contains(renamed, onFirst.Body);
        Assert.Contains(added, onFirst.Body);
        Assert.Contains(renamed, onSecond.Body);
    }

    [SkippableFact]
    public async Task CachedPagesStayRightWhenTheInstancesLoseTheConnectionOnWhichTheyHearOfChanges()
    {
        var (first, second) = portals.OneBrowser();
        using var toFirst = first;
        using var toSecond = second;
        await toFirst.SignInAsync("buyer@fjord.example");
        await toSecond.GetAsync("/Customer/Sites");
        var cut = await portals.First.QueryAsync(db => db.Database.SqlQuery<bool>($"""
            SELECT pg_terminate_backend(pid) AS "Value" FROM pg_stat_activity
            WHERE application_name = {PageVersionListener.ApplicationName} AND datname = current_database()
            """).ToListAsync());

        // Saved while the instances reconnect: they ask the database meanwhile, and read every version again once back.
        var whileCut = $"While cut {Guid.NewGuid():N}"[..18];
        await AddSiteAsync(portals.First, whileCut);
        var shownWhileCut = await UntilShownAsync(toSecond, "/Customer/Sites", whileCut);
        await UntilAsync(() => portals.First.QueryAsync(db => db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM pg_stat_activity
            WHERE application_name = {PageVersionListener.ApplicationName} AND datname = current_database()
            """).SingleAsync()), count => count == 2);
        var afterwards = $"Back {Guid.NewGuid():N}"[..13];
        await AddSiteAsync(portals.Second, afterwards);
        var shownAfterwards = await UntilShownAsync(toSecond, "/Customer/Sites", afterwards);

        Assert.Equal([true, true], cut);
        Assert.Contains(whileCut, shownWhileCut.Body);
        Assert.Contains(afterwards, shownAfterwards.Body);
    }

    private static Task<int> AddSiteAsync(PortalFactory instance, string name) => instance.QueryAsync(async db =>
    {
        var fjord = await db.Organizations.Include(o => o.Sites).SingleAsync(o => o.Name == "Fjord Compute AS");
        fjord.AddSite(name, "Bergen", "NO", 500, Domain.Organizations.CoolingType.Air);
        return await db.SaveChangesAsync();
    });

    /// <summary>The page once it shows the text: the other instance hears of a commit within milliseconds.</summary>
    private static async Task<PortalClient.Page> UntilShownAsync(PortalClient client, string url, string text)
    {
        PortalClient.Page page = null!;
        await UntilAsync(async () => page = await client.GetAsync(url), shown => shown.Body.Contains(text, StringComparison.Ordinal));
        return page;
    }

    private static async Task UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!done(await read()))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "Not done within 10 s.");
            await Task.Delay(10);
        }
    }

    [SkippableFact]
    public async Task TwoHundredConcurrentIssuesOverBothInstancesHoldExactlyFifty()
    {
        await ConcurrentIssues.HoldExactlyFiftyAsync([portals.First, portals.Second]);
        await SalesDaysCheck.AssertInStepAsync(portals.First);
    }

    private static Task<int?> RunExpiryAsync(PortalFactory instance, TimeSpan lease) =>
        instance.Services.GetRequiredService<JobRunner>().RunAsync<QuoteExpiry>(lease, CancellationToken.None);

    [SkippableFact]
    public async Task AJobRunsOnOneInstanceAtATimeAndPassesToTheOtherWhenItsLeaseLapses()
    {
        // Both instances ran their jobs as they started; whichever took each lease first holds it.
        var lease = TimeSpan.FromMinutes(10);
        for (var round = 0; round < 5; round++)
        {
            var runs = await Task.WhenAll(RunExpiryAsync(portals.First, lease), RunExpiryAsync(portals.Second, lease));
            Assert.Single(runs, run => run is not null);
        }
        var holder = (await RunExpiryAsync(portals.First, lease)) is null ? portals.Second : portals.First;
        var other = holder == portals.First ? portals.Second : portals.First;

        // The holder's last run asks for no time beyond itself, as a holder that stops leaves a lease to lapse.
        Assert.NotNull(await RunExpiryAsync(holder, TimeSpan.Zero));
        await Task.Delay(TimeSpan.FromMilliseconds(20));

        Assert.NotNull(await RunExpiryAsync(other, lease));
        Assert.Null(await RunExpiryAsync(holder, lease));
    }
}
