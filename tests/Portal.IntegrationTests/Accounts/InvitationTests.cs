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
