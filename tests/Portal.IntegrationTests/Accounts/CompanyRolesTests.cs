using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Accounts.SetCompanyRoles;
using Portal.Application.Common;
using Portal.Domain.Api;
using Portal.Domain.Quotes;
using Portal.Infrastructure.Persistence;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Accounts;

/// <summary>
/// Roles inside a customer company: each role reaches its actions and no other, on pages and through the API; an
/// approver accepts up to their limit; the last administrator keeps the role; deposit mails go to Finance.
/// </summary>
public abstract class CompanyRolesTests(PortalFixture portal)
{
    private static readonly Dictionary<string, string> Acceptance = new()
    {
        ["Accept.Name"] = "Morgan Diaz", ["Accept.Title"] = "Head of procurement", ["Accept.AcceptTerms"] = "true",
    };

    [SkippableFact]
    public async Task AnApproverAcceptsAQuoteAtTheLimitAndIsRefusedOneCentAbove()
    {
        var owner = await Customers.AddAsync(portal.Factory, Slug("limit"));
        var (atTheLimit, total) = await IssuedWithTotalAsync(owner);
        var (oneCentAbove, _) = await IssuedWithTotalAsync(owner);
        var approver = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Approver, approvalLimit: total);
        var lowerApprover = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Approver, approvalLimit: total - 1);
        using var lower = await portal.Factory.SignedInAsync(lowerApprover);
        using var higher = await portal.Factory.SignedInAsync(approver);

        var lowersPage = await lower.GetAsync($"/Customer/Quotes/Details/{oneCentAbove}");
        var refused = await ForcedAcceptAsync(lower, oneCentAbove);
        var accepted = await AcceptAsync(higher, atTheLimit);

        // The page says why instead of offering a form that would be refused; a post made by hand is refused all the same.
        Assert.Contains("above your approval limit", lowersPage.Text("#answer-heading ~ [role=status]"), StringComparison.Ordinal);
        Assert.Null(lowersPage.Document.QuerySelector($"form[action='/Customer/Quotes/Accept/{oneCentAbove}']"));
        Assert.Null(lowersPage.Document.QuerySelector($"form[action='/Customer/Quotes/Decline/{oneCentAbove}']"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("above your approval limit", refused.Body, StringComparison.Ordinal);
        Assert.Equal(QuoteStatus.Issued, await StatusAsync(oneCentAbove));
        Assert.Equal(0, await portal.Factory.QueryAsync(db => db.Deposits.CountAsync(d => d.QuoteId == oneCentAbove)));
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal(QuoteStatus.Accepted, await StatusAsync(atTheLimit));
    }

    [SkippableFact]
    public async Task EachRoleReachesItsPagesAndIsToldWhichRoleAnotherNeeds()
    {
        var owner = await Customers.AddAsync(portal.Factory, Slug("pages"));
        var (quote, _) = await IssuedWithTotalAsync(owner);
        using var requester = await portal.Factory.SignedInAsync(await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Requester));
        using var finance = await portal.Factory.SignedInAsync(await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Finance));

        var requestersQuote = await requester.GetAsync($"/Customer/Quotes/Details/{quote}");
        var requesterAccepts = await ForcedAcceptAsync(requester, quote);
        var requesterDeposits = await requester.GetAsync("/Customer/Deposits");
        var requesterDraft = await requester.GetAsync("/Customer/Configurator");
        var financeDeposits = await finance.GetAsync("/Customer/Deposits");
        var financeSite = await finance.GetAsync("/Customer/Sites/Create");
        var financeQuote = await finance.GetAsync($"/Customer/Quotes/Details/{quote}");
        using var administrator = await portal.Factory.SignedInAsync(owner);
        var administratorsHome = await administrator.GetAsync("/Customer");
        var requestersHome = await requester.GetAsync("/Customer");
        var financeConfigurator = await finance.GetAsync("/Customer/Configurator");

        Assert.Contains("needs the Approver role", requestersQuote.Text("#answer-heading ~ [role=status]"), StringComparison.Ordinal);
        Assert.Null(requestersQuote.Document.QuerySelector($"form[action='/Customer/Quotes/Accept/{quote}']"));
        Assert.NotNull(requestersQuote.Document.QuerySelector($"form[action='/Customer/Quotes/Copy/{quote}']"));
        Assert.True(Forbidden(requesterAccepts));
        Assert.Equal(QuoteStatus.Issued, await StatusAsync(quote));
        Assert.True(Forbidden(requesterDeposits));
        Assert.Equal(HttpStatusCode.OK, requesterDraft.Status);
        Assert.Equal(HttpStatusCode.OK, financeDeposits.Status);
        Assert.True(Forbidden(financeSite));
        Assert.Equal(HttpStatusCode.OK, financeQuote.Status);
        // Each home lists the reader's own work, and the menu leads only where the reader may go.
        var quoteLink = $"main a[href='/Customer/Quotes/Details/{quote}']";
        Assert.NotNull(administratorsHome.Document.QuerySelector(quoteLink));
        Assert.Null(requestersHome.Document.QuerySelector(quoteLink));
        Assert.Null(requestersHome.Document.QuerySelector("nav a[href='/Customer/Deposits']"));
        Assert.NotNull(financeDeposits.Document.QuerySelector("nav a[href='/Customer/Deposits']"));
        Assert.NotNull(requesterDraft.Document.QuerySelector("button[formaction='/Customer/Configurator/AddToQuote']"));
        Assert.Null(financeConfigurator.Document.QuerySelector("button[formaction='/Customer/Configurator/AddToQuote']"));
        // Finance reads the quote, but is offered none of the requester's or approver's steps.
        Assert.Null(financeQuote.Document.QuerySelector($"form[action='/Customer/Quotes/Copy/{quote}']"));
        Assert.Null(financeQuote.Document.QuerySelector("form[action$='/messages'], textarea[name='Message.Text']"));
    }

    [SkippableFact]
    public async Task AKeyActsWithItsOwnersRolesAndTheApiSaysWhichRoleIsMissing()
    {
        var owner = await Customers.AddAsync(portal.Factory, Slug("api"));
        var (quote, total) = await IssuedWithTotalAsync(owner);
        var requesterKey = await KeyOfAsync(await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Requester));
        var limitedKey = await KeyOfAsync(await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Approver, approvalLimit: total - 1));
        var body = new { name = "Morgan Diaz", title = "Head of procurement", acceptTerms = true, revision = 1 };

        var byRequester = await requesterKey.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{quote}/accept", body, HttpStatusCode.Forbidden);
        var deposits = await requesterKey.JsonAsync(HttpMethod.Get, "/api/v1/deposits", expected: HttpStatusCode.Forbidden);
        var aboveLimit = await limitedKey.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{quote}/accept", body, HttpStatusCode.Forbidden);

        Assert.Contains("Approver role", Detail(byRequester), StringComparison.Ordinal);
        Assert.Contains("Finance role", Detail(deposits), StringComparison.Ordinal);
        Assert.Contains("above your approval limit", Detail(aboveLimit), StringComparison.Ordinal);
        Assert.Equal(QuoteStatus.Issued, await StatusAsync(quote));
    }

    [SkippableFact]
    public async Task AnAdministratorGivesRolesAndTheLastAdministratorKeepsTheRole()
    {
        var owner = await Customers.AddAsync(portal.Factory, Slug("admins"));
        var colleague = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Requester);
        using var administrator = await portal.Factory.SignedInAsync(owner);
        using var requester = await portal.Factory.SignedInAsync(colleague);

        var dropOwnRole = await SetRolesAsync(administrator, owner, CompanyRoles.Requester);
        var byRequester = await requester.PostAsync($"/Customer/Colleagues/SetRoles/{await IdOfAsync(colleague)}",
            new Dictionary<string, string> { ["Roles.Administrator"] = "true" });
        var promoted = await SetRolesAsync(administrator, colleague, CompanyRoles.Administrator | CompanyRoles.Approver, "1250.50");
        var droppedNow = await SetRolesAsync(administrator, owner, CompanyRoles.Finance);

        Assert.Contains(SetCompanyRolesHandler.LastAdministrator.Split(':')[0], dropOwnRole.Body, StringComparison.Ordinal);
        Assert.True(Forbidden(byRequester));
        Assert.Equal(HttpStatusCode.OK, promoted.Status);
        Assert.Equal(HttpStatusCode.OK, droppedNow.Status);
        Assert.Equal((CompanyRoles.Administrator | CompanyRoles.Approver, 125_050L), await RolesAsync(colleague));
        Assert.Equal((CompanyRoles.Finance, (long?)null), await RolesAsync(owner));
        Assert.Equal(1, await portal.Factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == colleague && e.Action == "Company roles changed")));
    }

    [SkippableFact]
    public async Task AnotherCompanysPeopleAreNotFoundAndABadLimitIsExplained()
    {
        var owner = await Customers.AddAsync(portal.Factory, Slug("mine"));
        var stranger = await Customers.AddAsync(portal.Factory, Slug("theirs"));
        using var administrator = await portal.Factory.SignedInAsync(owner);
        var strangerId = await IdOfAsync(stranger);

        var foreign = await administrator.PostAsync($"/Customer/Colleagues/SetRoles/{strangerId}", new Dictionary<string, string>
        {
            ["Roles.Requester"] = "true", ["__RequestVerificationToken"] = await administrator.AntiforgeryTokenAsync("/Customer/Colleagues"),
        });
        var negative = await SetRolesAsync(administrator, owner, CompanyRoles.Administrator | CompanyRoles.Approver, "-1");
        var colleagues = await administrator.GetAsync("/Customer/Colleagues");

        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal((CompanyRoles.All, (long?)null), await RolesAsync(stranger));
        Assert.Contains("Give an approval limit from 0", negative.Body, StringComparison.Ordinal);
        Assert.Equal((CompanyRoles.All, (long?)null), await RolesAsync(owner));
        Assert.DoesNotContain(stranger, colleagues.Body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheDepositDueMailGoesToFinanceNotToARequester()
    {
        var owner = await Customers.AddAsync(portal.Factory, Slug("mails"));
        var finance = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Finance);
        var requester = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Requester);

        var (_, deposit) = await DepositSteps.AcceptedQuoteAsync(portal.Factory, owner, b => b.WithProduct("SVC-NEURON-ENG", 1));
        await Outbox.DrainAsync(portal.Factory);

        Assert.Contains(Outbox.AllTo(portal.Factory, finance), m => m.Subject?.StartsWith($"Deposit of {deposit.Amount} due", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(Outbox.AllTo(portal.Factory, requester), m => m.Subject?.StartsWith("Deposit of", StringComparison.Ordinal) == true);
    }

    private static string Slug(string what) => $"{what}{Guid.NewGuid():N}"[..12];

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;

    private async Task<(int Quote, long Total)> IssuedWithTotalAsync(string owner)
    {
        var quote = await DepositSteps.IssuedQuoteAsync(portal.Factory, owner, b => b.WithProduct("SVC-NEURON-ENG", 1));
        var total = await portal.Factory.QueryAsync(db => db.QuoteRevisions.Where(r => r.QuoteId == quote).Select(r => r.TotalMinorUnits).SingleAsync());
        return (quote, total);
    }

    private static Task<PortalClient.Page> AcceptAsync(PortalClient customer, int quote) =>
        customer.SubmitAsync($"/Customer/Quotes/Details/{quote}", Acceptance, $"/Customer/Quotes/Accept/{quote}");

    /// <summary>The acceptance posted by hand, as an attacker would: the page offers no form to a reader who may not accept.</summary>
    private static async Task<PortalClient.Page> ForcedAcceptAsync(PortalClient customer, int quote) =>
        await customer.PostAsync($"/Customer/Quotes/Accept/{quote}", new Dictionary<string, string>(Acceptance)
        {
            ["__RequestVerificationToken"] = await customer.AntiforgeryTokenAsync($"/Customer/Quotes/Details/{quote}"),
            ["Accept.Revision"] = "1",
        });

    /// <summary>Ticks exactly these roles in the colleague's row of the Colleagues page, saves, and answers the page it leads back to.</summary>
    private async Task<PortalClient.Page> SetRolesAsync(PortalClient administrator, string colleague, CompanyRoles roles, string limit = "")
    {
        var fields = new Dictionary<string, string> { ["Roles.ApprovalLimit"] = limit };
        foreach (var role in new[] { CompanyRoles.Administrator, CompanyRoles.Requester, CompanyRoles.Approver, CompanyRoles.Finance })
        {
            fields[$"Roles.{role}"] = roles.HasFlag(role) ? "true" : "false";
        }
        var saved = await administrator.SubmitAsync("/Customer/Colleagues", fields, $"/Customer/Colleagues/SetRoles/{await IdOfAsync(colleague)}");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        return await administrator.GetAsync(saved.Location!);
    }

    /// <summary>Refused for the person's role: the 403 page, or the way to it.</summary>
    private static bool Forbidden(PortalClient.Page page) =>
        page.Status == HttpStatusCode.Forbidden || page.Location?.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true;

    private Task<string> IdOfAsync(string email) =>
        portal.Factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<(CompanyRoles, long?)> RolesAsync(string email) =>
        portal.Factory.QueryAsync(async db => await db.Users.Where(u => u.Email == email)
            .Select(u => new ValueTuple<CompanyRoles, long?>(u.CompanyRoles, u.ApprovalLimitMinorUnits)).SingleAsync());

    private Task<QuoteStatus> StatusAsync(int quote) =>
        portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quote).Select(q => q.Status).SingleAsync());

    /// <summary>An API key the person holds, made as their administrator would have made it before their roles changed.</summary>
    private async Task<ApiCaller> KeyOfAsync(string email)
    {
        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var (key, text) = ApiKey.Create("Procurement system", ApiScopes.Read | ApiScopes.Write, user.Id, user.OrganizationId, DateTime.UtcNow);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        return new ApiCaller(portal.Factory, text);
    }
}

public sealed class CompanyRolesOnSqlite(SqlitePortal portal) : CompanyRolesTests(portal), IClassFixture<SqlitePortal>;

public sealed class CompanyRolesOnPostgreSql(PostgresPortal portal) : CompanyRolesTests(portal), IClassFixture<PostgresPortal>;
