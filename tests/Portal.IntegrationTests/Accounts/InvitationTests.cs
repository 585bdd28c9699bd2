using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Accounts;

public abstract class InvitationTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task AnOrganizationsFirstUserInvitesAColleagueWhoChoosesAPasswordAndSignsIn()
    {
        using var owner = portal.Factory.NewClient();
        await owner.SignInAsync("buyer@helios.example");
        var email = $"colleague-{Guid.NewGuid():N}@helios.example";

        var sent = await owner.SubmitAsync("/Customer/Colleagues", new Dictionary<string, string>
        {
            ["Invite.FullName"] = "Nia Colleague", ["Invite.Email"] = email,
        }, "/Customer/Colleagues/Invite");
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        using var colleague = portal.Factory.NewClient();
        var accepted = await colleague.SubmitAsync(Outbox.LinkIn(Outbox.LatestTo(portal.Factory, email)),
            new Dictionary<string, string> { ["Password"] = "Colleague-pass-9" });
        Assert.Equal("/Account/Login", accepted.Location);
        await colleague.SignInAsync(email, "Colleague-pass-9");
        var dashboard = await colleague.GetAsync("/Customer");
        Assert.Contains("Helios AI Labs", dashboard.Body);
    }

    [SkippableFact]
    public async Task AnInvitationLinkWorksOnlyOnce()
    {
        using var owner = portal.Factory.NewClient();
        await owner.SignInAsync("buyer@fjord.example");
        var email = $"colleague-{Guid.NewGuid():N}@fjord.example";
        await owner.SubmitAsync("/Customer/Colleagues", new Dictionary<string, string>
        {
            ["Invite.FullName"] = "Ole Colleague", ["Invite.Email"] = email,
        }, "/Customer/Colleagues/Invite");
        var link = Outbox.LinkIn(Outbox.LatestTo(portal.Factory, email));
        using var colleague = portal.Factory.NewClient();
        await colleague.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "Colleague-pass-9" });

        var second = await colleague.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "Someone-else-99" });

        Assert.Contains("This invitation is no longer valid", second.Body);
        await colleague.SignInAsync(email, "Colleague-pass-9");
    }

    [SkippableFact]
    public async Task AnInvitationToAnExistingAddressIsRefused()
    {
        using var owner = portal.Factory.NewClient();
        await owner.SignInAsync("buyer@helios.example");
        var users = await portal.Factory.QueryAsync(db => db.Users.CountAsync());

        var page = await owner.SubmitAsync("/Customer/Colleagues", new Dictionary<string, string>
        {
            ["Invite.FullName"] = "Someone", ["Invite.Email"] = "buyer@fjord.example",
        }, "/Customer/Colleagues/Invite");

        Assert.Contains("already has an account", page.FieldMessage("Invite.Email"));
        Assert.Equal(users, await portal.Factory.QueryAsync(db => db.Users.CountAsync()));
    }

    private static Dictionary<string, string> Invitation(string fullName, string email) =>
        new() { ["Invite.FullName"] = fullName, ["Invite.Email"] = email };

    [SkippableFact]
    public async Task TheInvitationMailOpensWithTheVendorAndTheCompanyBeforeAnyNameTheInviterTyped()
    {
        using var owner = await portal.Factory.SignedInAsync("buyer@helios.example");
        var email = $"colleague-{Guid.NewGuid():N}@helios.example";

        await owner.SubmitAsync("/Customer/Colleagues", Invitation("Nia O'Brien-Ødegård", email), "/Customer/Colleagues/Invite");

        var mail = Outbox.LatestTo(portal.Factory, email);
        Assert.StartsWith("Northwind Silicon: Helios AI Labs invites you", mail.Subject);
        var body = mail.TextBody!;
        Assert.StartsWith("Northwind Silicon sales portal: Helios AI Labs invites you", body);
        Assert.True(body.IndexOf("Nia O'Brien-Ødegård", StringComparison.Ordinal) > body.IndexOf('\n', StringComparison.Ordinal));
    }

    public static TheoryData<string> NotAName => new()
    {
        "Visit https://evil.example now",
        "Win a prize at evil.example/claim?x=1",
        "<b>Nia</b>",
        "Nia\u0007Colleague",
        "Nia\r\nBcc: victim@example.com",
        "12345",
        new string('a', 101),
    };

    [SkippableTheory]
    [MemberData(nameof(NotAName))]
    public async Task AnInvitationForSomethingThatIsNotANameIsRefusedAndMailsNothing(string fullName)
    {
        using var owner = await portal.Factory.SignedInAsync("buyer@helios.example");
        var email = $"colleague-{Guid.NewGuid():N}@helios.example";

        var page = await owner.SubmitAsync("/Customer/Colleagues", Invitation(fullName, email), "/Customer/Colleagues/Invite");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.FieldMessage("Invite.FullName"));
        Assert.False(await portal.Factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Empty(Outbox.AllTo(portal.Factory, email));
    }

    [SkippableFact]
    public async Task ACompanyAwaitingApprovalCannotInviteColleagues()
    {
        using var owner = await portal.Factory.SignedInAsync("owner@quantaforge.example");
        var email = $"colleague-{Guid.NewGuid():N}@quantaforge.example";
        var colleagues = await owner.GetAsync("/Customer/Colleagues");
        Assert.Contains("awaiting approval", colleagues.Text("[role=alert]"));
        Assert.Empty(colleagues.Document.QuerySelectorAll("form[action='/Customer/Colleagues/Invite']"));

        var page = await owner.PostAsync("/Customer/Colleagues/Invite", new Dictionary<string, string>(Invitation("Nia Colleague", email))
        {
            ["__RequestVerificationToken"] = await owner.AntiforgeryTokenAsync("/Customer/Colleagues"),
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("awaiting approval", page.Text("[role=alert]"));
        Assert.False(await portal.Factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Empty(Outbox.AllTo(portal.Factory, email));
    }

    [SkippableFact]
    public async Task InvitationsSentAtOnceStopAtTheCompanysDailyLimit()
    {
        var slug = $"inv{Guid.NewGuid():N}"[..12];
        var ownerEmail = await Customers.AddAsync(portal.Factory, slug);
        using var owner = await portal.Factory.SignedInAsync(ownerEmail);
        var token = await owner.AntiforgeryTokenAsync("/Customer/Colleagues");

        var pages = await Task.WhenAll(Enumerable.Range(1, 25).Select(i =>
            owner.PostAsync("/Customer/Colleagues/Invite", new Dictionary<string, string>(Invitation("Nia Colleague", $"c{i}@{slug}.example"))
            {
                ["__RequestVerificationToken"] = token,
            })));

        var organizationId = await portal.Factory.QueryAsync(db => db.Users.Where(u => u.Email == ownerEmail).Select(u => u.OrganizationId).SingleAsync());
        Assert.Equal(20, await portal.Factory.QueryAsync(db => db.Users.CountAsync(u => u.OrganizationId == organizationId && !u.IsOrganizationOwner)));
        Assert.Equal(20, pages.Count(p => p.Status == HttpStatusCode.Redirect));
        Assert.All(pages.Where(p => p.Status != HttpStatusCode.Redirect), p => Assert.Contains("20 invitations in the last 24 hours", p.Text("[role=alert]")));
    }

    [SkippableFact]
    public async Task AnAdminInvitesASalesPerson()
    {
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        var email = $"rep-{Guid.NewGuid():N}@northwind.example";

        await admin.SubmitAsync("/Admin/Team", new Dictionary<string, string>
        {
            ["Invite.FullName"] = "Rita Rep", ["Invite.Email"] = email, ["Invite.Role"] = "Sales",
        }, "/Admin/Team/Invite");
        using var rep = portal.Factory.NewClient();
        await rep.SubmitAsync(Outbox.LinkIn(Outbox.LatestTo(portal.Factory, email)), new Dictionary<string, string> { ["Password"] = "Sales-person-12" });
        await rep.SignInAsync(email, "Sales-person-12");

        var home = await rep.GetAsync("/");
        Assert.Equal("/Staff", home.Location);
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync("/Staff/Organizations")).Status);
    }

    [SkippableFact]
    public async Task AnAdminCannotInviteACustomerRoleFromTheTeamPage()
    {
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");

        var page = await admin.SubmitAsync("/Admin/Team", new Dictionary<string, string>
        {
            ["Invite.FullName"] = "Rita Rep", ["Invite.Email"] = $"x-{Guid.NewGuid():N}@northwind.example", ["Invite.Role"] = "Customer",
        }, "/Admin/Team/Invite");

        Assert.Contains("Choose Sales, Admin or Compliance", page.FieldMessage("Invite.Role"));
    }
}

public sealed class InvitationOnSqlite(SqlitePortal portal) : InvitationTests(portal), IClassFixture<SqlitePortal>;

public sealed class InvitationOnPostgreSql(PostgresPortal portal) : InvitationTests(portal), IClassFixture<PostgresPortal>;
