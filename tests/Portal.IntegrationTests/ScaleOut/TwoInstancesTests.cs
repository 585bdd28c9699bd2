using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.ScaleOut;

/// <summary>What a load balancer may do to a person or to a rush of requests across two instances on one PostgreSQL.</summary>
public sealed class TwoInstancesTests(TwoPortals portals) : IClassFixture<TwoPortals>
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
    public async Task TwoHundredConcurrentIssuesOverBothInstancesHoldExactlyFifty()
    {
        await ConcurrentIssues.HoldExactlyFiftyAsync([portals.First, portals.Second]);
        await SalesDaysCheck.AssertInStepAsync(portals.First);
    }
}
