using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Homes;

/// <summary>The home of sales and admins lists their work, each item linked to where it is done; admins also approve companies there.</summary>
public abstract class StaffHomeTests(PortalFixture portal)
{
    private const string Buyer = "buyer@helios.example";

    private PortalFactory Factory
    {
        get
        {
            portal.Database.Require();
            return portal.Factory;
        }
    }

    [SkippableFact]
    public async Task SalesSeesItsRequestsByAgeTheUnclaimedOnesAndTheQuotesWaitingForAnAdmin()
    {
        var mine = await new QuoteBuilder(Factory, "Helios AI Labs").WithProduct("SVC-NEURON-ENG", 1).ClaimedBy(DepositSteps.Sales).SubmitAsync();
        await new QuoteBuilder(Factory, "Helios AI Labs").WithProduct("SVC-NEURON-ENG", 2).SubmitAsync();
        var salesId = await Factory.QueryAsync(db => db.Users.Where(u => u.Email == DepositSteps.Sales).Select(u => u.Id).SingleAsync());
        var lateSince = BusinessDays.Before(DateTime.UtcNow, 2);
        var late = await Factory.QueryAsync(db => db.Quotes
            .Where(q => q.Status == QuoteStatus.InReview && q.ClaimedById == salesId && q.SubmittedUtc < lateSince).Select(q => q.Id).ToListAsync());
        var unclaimed = await Factory.QueryAsync(db => db.Quotes.Where(q => q.Status == QuoteStatus.Submitted)
            .OrderBy(q => q.SubmittedUtc).ThenBy(q => q.Id).Select(q => q.Id).ToListAsync());
        var pending = await Factory.QueryAsync(db => db.Quotes.Where(q => q.Status == QuoteStatus.PendingApproval).Select(q => q.Id).ToListAsync());
        using var sales = await Factory.SignedInAsync(DepositSteps.Sales);

        var home = await sales.GetAsync("/Staff");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.DoesNotContain("past the target", Row(home, "mine", $"/Staff/Quotes/Details/{mine}").TextContent);
        Assert.NotEmpty(late);
        Assert.All(late, id => Assert.Contains("past the target", Row(home, "mine", $"/Staff/Quotes/Details/{id}").TextContent));
        Assert.Equal(unclaimed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), home.Text("#unclaimed-heading .badge"));
        Assert.Equal($"/Staff/Quotes/Details/{unclaimed[0]}", home.Document.QuerySelector("[data-home=unclaimed] li a")!.GetAttribute("href"));
        Assert.NotEmpty(pending);
        Assert.All(pending, id => Row(home, "approval", $"/Staff/Quotes/Details/{id}"));
        Assert.Contains("Waiting for an admin", home.Text("#approval-heading"));
        Assert.Null(home.Document.QuerySelector("[data-home=companies]"));
        Assert.Null(home.Document.QuerySelector("[data-home=holds]"));
        await AllLinksOpenAsync(sales, home);
    }

    [SkippableFact]
    public async Task SalesSeesTransfersToRecordAndQuotesAboutToExpireButNotThoseFarFromIt()
    {
        var (_, deposit) = await DepositSteps.AcceptedQuoteAsync(Factory, Buyer, q => q.WithProduct("SVC-NEURON-ENG", 1));
        var soon = await DepositSteps.IssuedQuoteAsync(Factory, Buyer, q => q.WithProduct("SVC-NEURON-ENG", 2));
        var later = await DepositSteps.IssuedQuoteAsync(Factory, Buyer, q => q.WithProduct("SVC-NEURON-ENG", 3));
        await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == soon)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.ValidUntilUtc, DateTime.UtcNow.AddDays(3))));
        using var sales = await Factory.SignedInAsync(DepositSteps.Sales);

        var home = await sales.GetAsync("/Staff");

        Assert.Equal(DepositMethod.BankTransfer, deposit.Method);
        Assert.Contains(deposit.Reference, Row(home, "transfers", $"/Staff/Deposits/Details/{deposit.Id}").TextContent);
        Assert.Matches(@"2 d \d+ h left", Row(home, "expiring", $"/Staff/Quotes/Details/{soon}").TextContent);
        Assert.Null(home.Document.QuerySelector($"[data-home=expiring] a[href='/Staff/Quotes/Details/{later}']"));
        await AllLinksOpenAsync(sales, home);
    }

    [SkippableFact]
    public async Task AnAdminSeesApprovalsAndExportHoldsAndApprovesACompanyFromTheHome()
    {
        var pending = await PendingCompanyAsync();
        var held = await Factory.QueryAsync(db => db.Quotes.Where(q => q.Status == QuoteStatus.ComplianceHold).Select(q => q.Id).ToListAsync());
        using var admin = await Factory.SignedInAsync(DepositSteps.Admin);

        var home = await admin.GetAsync("/Staff");

        Assert.Contains("Approvals waiting for you", home.Text("#approval-heading"));
        Row(home, "companies", $"/Staff/Organizations/Details/{pending}");
        Assert.NotEmpty(held);
        Assert.All(held, id => Row(home, "holds", $"/Compliance/ExportHolds#hold-{id}"));
        await AllLinksOpenAsync(admin, home);

        var approved = await admin.SubmitAsync(home, new Dictionary<string, string>(), $"/Staff/Organizations/Approve/{pending}");

        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal(OrganizationStatus.Active, await Factory.QueryAsync(db => db.Organizations.Where(o => o.Id == pending).Select(o => o.Status).SingleAsync()));
        Assert.Null((await admin.GetAsync("/Staff")).Document.QuerySelector($"[data-home=companies] a[href='/Staff/Organizations/Details/{pending}']"));
    }

    [SkippableFact]
    public async Task TheApproveButtonIsARealFormThatRefusesAPostWithoutItsAntiforgeryToken()
    {
        var pending = await PendingCompanyAsync();
        using var admin = await Factory.SignedInAsync(DepositSteps.Admin);
        var home = await admin.GetAsync("/Staff");
        Assert.NotNull(home.Form($"/Staff/Organizations/Approve/{pending}").QuerySelector("input[name=__RequestVerificationToken]"));

        var forged = await admin.PostAsync($"/Staff/Organizations/Approve/{pending}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(OrganizationStatus.Pending, await Factory.QueryAsync(db => db.Organizations.Where(o => o.Id == pending).Select(o => o.Status).SingleAsync()));
    }

    /// <summary>A company just registered, waiting for an admin; answers its id.</summary>
    private Task<int> PendingCompanyAsync() => Factory.QueryAsync(async db =>
    {
        var company = new Organization($"Newly Registered {Guid.NewGuid():N}"[..28], "NL", "billing@newly.example", DateTime.UtcNow);
        db.Organizations.Add(company);
        await db.SaveChangesAsync();
        return company.Id;
    });

    /// <summary>The row of that list on the home whose link leads to the address.</summary>
    internal static AngleSharp.Dom.IElement Row(PortalClient.Page home, string list, string href) =>
        home.Document.QuerySelectorAll($"[data-home={list}] li").SingleOrDefault(i => i.QuerySelector($"a[href='{href}']") is not null)
        ?? throw new Xunit.Sdk.XunitException($"The {list} list links nothing to {href}: {home.Text($"[data-home={list}]")}");

    /// <summary>Every link of the home's lists opens for the person whose home it is.</summary>
    internal static async Task AllLinksOpenAsync(PortalClient client, PortalClient.Page home)
    {
        foreach (var link in home.Document.QuerySelectorAll("[data-home] a").Select(a => a.GetAttribute("href")!).Distinct())
        {
            var page = await client.GetAsync(link);
            Assert.True(page.Status == HttpStatusCode.OK, $"{link} answered {(int)page.Status}");
            if (link.Split('#') is [_, var anchor])
            {
                Assert.True(page.Document.GetElementById(anchor) is not null, $"{link} has no #{anchor}");
            }
        }
    }
}

public sealed class StaffHomeOnSqlite(SqlitePortal portal) : StaffHomeTests(portal), IClassFixture<SqlitePortal>;

public sealed class StaffHomeOnPostgreSql(PostgresPortal portal) : StaffHomeTests(portal), IClassFixture<PostgresPortal>;
