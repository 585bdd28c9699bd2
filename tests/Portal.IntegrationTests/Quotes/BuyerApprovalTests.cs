using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Accept;
using Portal.Application.Quotes.Expiry;
using Portal.Domain.Api;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Infrastructure.Persistence;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;
using Portal.IntegrationTests.Webhooks;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// A company's approval rule, set by its administrator: at or below the first amount any approver accepts; above it an
/// approver within their limit; above the second two different approvers, the second of whom accepts. Approvals of a
/// revision that is replaced or expires are dropped; the approvers who may give the next approval are mailed.
/// </summary>
public abstract partial class BuyerApprovalTests(WebhookPortal portal)
{
    private static readonly Dictionary<string, string> Signature = new()
    {
        ["Accept.Name"] = "Morgan Diaz", ["Accept.Title"] = "Head of procurement", ["Accept.AcceptTerms"] = "true",
    };

    private PortalFactory Factory => portal.Factory;

    [SkippableFact]
    public async Task AtTheFirstAmountAnyApproverAcceptsAndOneCentAboveOnlyWithinTheirLimit()
    {
        var owner = await Customers.AddAsync(Factory, Slug("limits"));
        var (atTheAmount, total) = await IssuedAsync(owner);
        var (oneCentAbove, _) = await IssuedAsync(owner);
        var limited = await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver, approvalLimit: total - 1);
        using var administrator = await Factory.SignedInAsync(owner);
        using var approver = await Factory.SignedInAsync(limited);

        var ruleAtTotal = await SetRuleAsync(administrator, Major(total), "");
        var accepted = await ApproveAsync(approver, atTheAmount);
        var ruleBelowTotal = await SetRuleAsync(administrator, Major(total - 1), "");
        var page = await approver.GetAsync($"/Customer/Quotes/Details/{oneCentAbove}");
        var refused = await ForcedApproveAsync(approver, oneCentAbove);

        Assert.Equal(HttpStatusCode.Redirect, ruleAtTotal.Status);
        Assert.Equal(HttpStatusCode.Redirect, ruleBelowTotal.Status);
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal(QuoteStatus.Accepted, await StatusAsync(atTheAmount));
        Assert.Contains("above your approval limit", page.Text("#answer-heading ~ [role=status]"), StringComparison.Ordinal);
        Assert.Contains("Who may give the next approval", page.Text("#answer-heading ~ [role=status]"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector($"form[action='/Customer/Quotes/Accept/{oneCentAbove}']"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(QuoteStatus.Issued, await StatusAsync(oneCentAbove));
        Assert.Equal(0, await Factory.QueryAsync(db => db.Deposits.CountAsync(d => d.QuoteId == oneCentAbove)));
    }

    [SkippableFact]
    public async Task AtTheSecondAmountOneApprovalAcceptsAndOneCentAboveTwoDifferentApproversMust()
    {
        var owner = await Customers.AddAsync(Factory, Slug("two"));
        var first = await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver);
        var second = await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver);
        using var administrator = await Factory.SignedInAsync(owner);
        var (atTheAmount, total) = await IssuedAsync(owner);
        await SetRuleAsync(administrator, "", Major(total));
        using var firstApprover = await Factory.SignedInAsync(first);
        using var secondApprover = await Factory.SignedInAsync(second);
        var acceptedAtOnce = await ApproveAsync(firstApprover, atTheAmount);
        await SetRuleAsync(administrator, "", Major(total - 1));
        var (oneCentAbove, _) = await IssuedAsync(owner);

        var approved = await ApproveAsync(firstApprover, oneCentAbove);
        var statusAfterOne = await StatusAsync(oneCentAbove);
        var again = await ForcedApproveAsync(firstApprover, oneCentAbove);
        var secondsPage = await secondApprover.GetAsync($"/Customer/Quotes/Details/{oneCentAbove}");
        var accepted = await ApproveAsync(secondApprover, oneCentAbove);

        Assert.Equal(HttpStatusCode.Redirect, acceptedAtOnce.Status);
        Assert.Equal(QuoteStatus.Accepted, await StatusAsync(atTheAmount));
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal(QuoteStatus.Issued, statusAfterOne);
        Assert.Equal(HttpStatusCode.Forbidden, again.Status);
        Assert.Contains("approved this revision already", again.Body, StringComparison.Ordinal);
        Assert.Contains("Approved by Morgan Diaz, Head of procurement", secondsPage.Text("#buyer-approvals"), StringComparison.Ordinal);
        Assert.Contains("One more approval is needed", secondsPage.Text("#buyer-approvals"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal(QuoteStatus.Accepted, await StatusAsync(oneCentAbove));
        Assert.Equal(1, await Factory.QueryAsync(db => db.Deposits.CountAsync(d => d.QuoteId == oneCentAbove)));
        Assert.Equal(2, await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == oneCentAbove).SelectMany(q => q.BuyerApprovals).CountAsync()));
        Assert.Equal(1, await DepositSteps.AuditCountAsync(Factory, Id(oneCentAbove), QuoteAudit.BuyerApprovalGiven.Name));
        // The approvers who may approve hear of it: when it is issued, and the second when the first has approved.
        var number = await NumberAsync(oneCentAbove);
        Assert.Equal(1, await MailsAsync(second, $"Quote {number} waits for a second approval"));
        Assert.Equal(0, await MailsAsync(first, $"Quote {number} waits for a second approval"));
        Assert.Equal(1, await MailsAsync(second, $"Quote {number} waits for your approval"));
    }

    [SkippableFact]
    public async Task ARevisedOrExpiredRevisionDropsItsApprovals()
    {
        var owner = await Customers.AddAsync(Factory, Slug("drop"));
        var first = await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver);
        using var administrator = await Factory.SignedInAsync(owner);
        await SetRuleAsync(administrator, "", "0.01");
        var (revised, _) = await IssuedAsync(owner);
        var (expiring, _) = await IssuedAsync(owner);
        using var approver = await Factory.SignedInAsync(first);
        await ApproveAsync(approver, revised);
        await ApproveAsync(approver, expiring);

        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Portal.Application.Quotes.Revise.ReviseQuoteHandler>()
                .HandleAsync(revised, null, await DepositSteps.ActorAsync(Factory, DepositSteps.Sales, PortalRoles.Sales));
        }
        portal.Clock.Advance(TimeSpan.FromDays(45));
        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<QuoteExpiry>().RunAsync();
        }

        Assert.Equal(QuoteStatus.Expired, await StatusAsync(expiring));
        foreach (var quote in new[] { revised, expiring })
        {
            Assert.Equal(0, await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quote).SelectMany(q => q.BuyerApprovals).CountAsync()));
            Assert.Equal(1, await DepositSteps.AuditCountAsync(Factory, Id(quote), QuoteAudit.BuyerApprovalsDropped.Name));
        }
    }

    [SkippableFact]
    public async Task TheApiApprovesByTheSameRuleAndSaysWhatIsMissing()
    {
        var owner = await Customers.AddAsync(Factory, Slug("api"));
        var (quote, total) = await IssuedAsync(owner);
        using var administrator = await Factory.SignedInAsync(owner);
        await SetRuleAsync(administrator, "", Major(total - 1));
        var firstKey = await KeyOfAsync(await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver));
        var limitedKey = await KeyOfAsync(await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver, approvalLimit: total - 1));
        var secondKey = await KeyOfAsync(await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver));
        var body = new { name = "Harper Quinn", title = "CFO", acceptTerms = true, revision = 1 };

        var approved = await firstKey.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{quote}/accept", body);
        var again = await firstKey.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{quote}/accept", body, HttpStatusCode.Forbidden);
        var aboveLimit = await limitedKey.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{quote}/accept", body, HttpStatusCode.Forbidden);
        var read = await secondKey.JsonAsync(HttpMethod.Get, $"/api/v1/quotes/{quote}");
        var accepted = await secondKey.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{quote}/accept", body);

        Assert.Equal(("Issued", 2, 1), (approved.GetProperty("quote").GetProperty("status").GetString(),
            approved.GetProperty("approvals").GetProperty("needed").GetInt32(), approved.GetProperty("approvals").GetProperty("stillNeeded").GetInt32()));
        Assert.Contains("approved this revision already", Detail(again), StringComparison.Ordinal);
        Assert.Contains("above your approval limit", Detail(aboveLimit), StringComparison.Ordinal);
        var given = Assert.Single(read.GetProperty("approvals").GetProperty("given").EnumerateArray());
        Assert.Equal(("Harper Quinn", "CFO", 1), (given.GetProperty("name").GetString(), given.GetProperty("title").GetString(), given.GetProperty("revision").GetInt32()));
        Assert.Equal(2, read.GetProperty("approvals").GetProperty("whoMayApprove").GetArrayLength());
        Assert.Equal(("Accepted", 0), (accepted.GetProperty("quote").GetProperty("status").GetString(),
            accepted.GetProperty("approvals").GetProperty("stillNeeded").GetInt32()));
        Assert.Equal(2, accepted.GetProperty("approvals").GetProperty("given").GetArrayLength());
    }

    [SkippableFact]
    public async Task ABadRuleIsExplainedAndOnlyTheAdministratorSetsIt()
    {
        var owner = await Customers.AddAsync(Factory, Slug("rule"));
        using var administrator = await Factory.SignedInAsync(owner);
        using var approver = await Factory.SignedInAsync(await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver));
        var colleagues = await administrator.GetAsync("/Customer/Colleagues");

        var inverted = await SetRuleAsync(administrator, "1000", "1000");
        var byApprover = await approver.GetAsync("/Customer/ApprovalRule");

        Assert.NotNull(colleagues.Document.QuerySelector("a[href='/Customer/ApprovalRule']"));
        Assert.Equal(HttpStatusCode.OK, inverted.Status);
        Assert.Contains("Two approvers are needed above a larger amount", inverted.Body, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.QueryAsync(db => db.BuyerApprovalRules.CountAsync(r => db.Users.Any(u => u.Email == owner && u.OrganizationId == r.OrganizationId))));
        Assert.True(byApprover.Status == HttpStatusCode.Forbidden || byApprover.Location?.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true);
    }

    [SkippableFact]
    public async Task TwentyConcurrentApprovalsGiveOneAcceptanceAndOneDeposit()
    {
        var owner = await Customers.AddAsync(Factory, Slug("race"));
        var approvers = new List<Actor>();
        for (var i = 0; i < 20; i++)
        {
            approvers.Add(await DepositSteps.ActorAsync(Factory, await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver), PortalRoles.Customer));
        }
        using var administrator = await Factory.SignedInAsync(owner);
        await SetRuleAsync(administrator, "", "0.01");
        var (quote, _) = await IssuedAsync(owner);

        // Each approver tries until the quote takes an approval of theirs or refuses it (a lost race is tried again, as a person reloads).
        await Task.WhenAll(approvers.Select(approver => Task.Run(async () =>
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                using var scope = Factory.Services.CreateScope();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<AcceptQuoteHandler>().HandleAsync(quote,
                        new AcceptQuoteCommand(approver.Name, "Approver", null, true, 1), "192.0.2.1", approver);
                    return;
                }
                catch (DbUpdateConcurrencyException)
                {
                }
                catch (DomainException)
                {
                    return;
                }
            }
        })));

        Assert.Equal(QuoteStatus.Accepted, await StatusAsync(quote));
        Assert.Equal(1, await Factory.QueryAsync(db => db.Deposits.CountAsync(d => d.QuoteId == quote)));
        Assert.Equal(2, await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quote).SelectMany(q => q.BuyerApprovals).CountAsync()));
        Assert.Equal(1, await DepositSteps.AuditCountAsync(Factory, Id(quote), QuoteAudit.Accepted.Name));
    }

    private static string Slug(string what) => $"{what}{Guid.NewGuid():N}"[..12];

    private static string Id(int quote) => quote.ToString(CultureInfo.InvariantCulture);

    private static string Major(long minorUnits) => (minorUnits / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;

    private async Task<(int Quote, long Total)> IssuedAsync(string owner)
    {
        var quote = await DepositSteps.IssuedQuoteAsync(Factory, owner, b => b.WithProduct("SVC-NEURON-ENG", 1));
        return (quote, await Factory.QueryAsync(db => db.QuoteRevisions.Where(r => r.QuoteId == quote).Select(r => r.TotalMinorUnits).SingleAsync()));
    }

    /// <summary>The administrator fills in the approval rule's form (empty: the default) and saves it.</summary>
    private static Task<PortalClient.Page> SetRuleAsync(PortalClient administrator, string limitsAbove, string secondApprovalAbove) =>
        administrator.SubmitAsync("/Customer/ApprovalRule",
            new Dictionary<string, string> { ["Rule.LimitsAbove"] = limitsAbove, ["Rule.SecondApprovalAbove"] = secondApprovalAbove }, "/Customer/ApprovalRule");

    private static Task<PortalClient.Page> ApproveAsync(PortalClient approver, int quote) =>
        approver.SubmitAsync($"/Customer/Quotes/Details/{quote}", Signature, $"/Customer/Quotes/Accept/{quote}");

    /// <summary>The approval posted by hand: the page offers no form to a reader who may not approve.</summary>
    private static async Task<PortalClient.Page> ForcedApproveAsync(PortalClient approver, int quote) =>
        await approver.PostAsync($"/Customer/Quotes/Accept/{quote}", new Dictionary<string, string>(Signature)
        {
            ["__RequestVerificationToken"] = await approver.AntiforgeryTokenAsync($"/Customer/Quotes/Details/{quote}"),
            ["Accept.Revision"] = "1",
        });

    private Task<QuoteStatus> StatusAsync(int quote) =>
        Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quote).Select(q => q.Status).SingleAsync());

    private Task<string?> NumberAsync(int quote) =>
        Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quote).Select(q => q.Number).SingleAsync());

    private Task<int> MailsAsync(string to, string subject) =>
        Factory.QueryAsync(db => db.QueuedMails.CountAsync(m => m.Recipient == to && m.Subject == subject));

    private async Task<ApiCaller> KeyOfAsync(string email)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var (key, text) = ApiKey.Create("Procurement system", ApiScopes.Read | ApiScopes.Write, user.Id, user.OrganizationId, DateTime.UtcNow);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        return new ApiCaller(Factory, text);
    }
}

public sealed class BuyerApprovalsOnSqlite(QuietSqliteWebhookPortal portal) : BuyerApprovalTests(portal), IClassFixture<QuietSqliteWebhookPortal>;

public sealed class BuyerApprovalsOnPostgreSql(QuietPostgresWebhookPortal portal) : BuyerApprovalTests(portal), IClassFixture<QuietPostgresWebhookPortal>;
