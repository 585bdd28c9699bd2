using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Accept;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// How the approvals are read and asked for: only the steps that need them load them, the state names the rule it
/// judged by, the first rule saved by several administrators at once, the purchase order at the accepting approval,
/// one mail per person when a quote is issued, and the administrators marked on the Colleagues page.
/// </summary>
public abstract partial class BuyerApprovalTests
{
    [SkippableFact]
    public async Task AQuoteIsReadWithoutItsApprovalsUnlessTheStepNeedsThem()
    {
        var owner = await Customers.AddAsync(Factory, Slug("reads"));
        using var administrator = await Factory.SignedInAsync(owner);
        var (quote, total) = await IssuedAsync(owner);
        await SetRuleAsync(administrator, "", Major(total - 1));
        using var approver = await Factory.SignedInAsync(await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver));
        await ApproveAsync(approver, quote);

        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var plainRead = db.Quotes.Where(q => q.Id == quote);

        Assert.DoesNotContain("QuoteBuyerApprovals", plainRead.ToQueryString(), StringComparison.Ordinal);
        Assert.Empty((await plainRead.SingleAsync()).BuyerApprovals);
        db.ChangeTracker.Clear();
        Assert.Single((await db.Quotes.WithBuyerApprovals().SingleAsync(q => q.Id == quote)).BuyerApprovals);
    }

    [SkippableFact]
    public async Task TheApprovalStateNamesTheRuleItJudgedBy()
    {
        var owner = await Customers.AddAsync(Factory, Slug("terms"));
        using var administrator = await Factory.SignedInAsync(owner);
        var (quote, total) = await IssuedAsync(owner);
        await SetRuleAsync(administrator, "", Major(total - 1));

        using var scope = Factory.Services.CreateScope();
        var issued = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Quotes.AsNoTracking().SingleAsync(q => q.Id == quote);
        var currency = scope.ServiceProvider.GetRequiredService<VendorProfile>().Currency;
        var state = await scope.ServiceProvider.GetRequiredService<BuyerApprovals>().StateOfAsync(issued, new Money(total, currency));

        Assert.Equal((0L, total - 1, false), (state.Terms.Rule.LimitsAboveMinorUnits, state.Terms.Rule.SecondApprovalAboveMinorUnits, state.Terms.PurchaseOrderRequired));
        Assert.Equal((2, 2), (state.Needed, state.StillNeeded));
    }

    [SkippableFact]
    public async Task AdministratorsSavingTheFirstRuleAtOnceAreAllAnsweredAndOneRuleIsKept()
    {
        var owner = await Customers.AddAsync(Factory, Slug("first"));
        var administrators = new List<PortalClient> { await Factory.SignedInAsync(owner) };
        for (var i = 0; i < 7; i++)
        {
            administrators.Add(await Factory.SignedInAsync(await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Administrator)));
        }
        var tokens = await Task.WhenAll(administrators.Select(a => a.AntiforgeryTokenAsync("/Customer/ApprovalRule")));

        var answers = await Task.WhenAll(administrators.Select((administrator, i) => administrator.PostAsync("/Customer/ApprovalRule",
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = tokens[i], ["Rule.LimitsAbove"] = $"{1000 + i}", ["Rule.SecondApprovalAbove"] = "",
            })));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Redirect, answer.Status));
        var kept = Assert.Single(await Factory.QueryAsync(db => db.BuyerApprovalRules
            .Where(r => db.Users.Any(u => u.Email == owner && u.OrganizationId == r.OrganizationId)).Select(r => r.LimitsAboveMinorUnits).ToListAsync()));
        Assert.Contains(kept, Enumerable.Range(1000, administrators.Count).Select(major => major * 100L));
        administrators.ForEach(a => a.Dispose());
    }

    [SkippableFact]
    public async Task ThePurchaseOrderIsAskedForWithTheApprovalThatAcceptsOnlyOnThePageAndTheApi()
    {
        var owner = await Customers.AddAsync(Factory, Slug("polast"));
        using var administrator = await Factory.SignedInAsync(owner);
        await administrator.SubmitAsync("/Customer/Company", new Dictionary<string, string>
        {
            ["Details.TaxId"] = "DE123456789", ["Details.RequirePurchaseOrder"] = "true",
        }, "/Customer/Company/SaveDetails");
        var (onPage, total) = await IssuedAsync(owner);
        var (byApi, _) = await IssuedAsync(owner);
        await SetRuleAsync(administrator, "", Major(total - 1));
        using var first = await Factory.SignedInAsync(await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver));
        using var second = await Factory.SignedInAsync(await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver));
        var firstKey = await KeyOfAsync(await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver));

        var firstPage = await first.GetAsync($"/Customer/Quotes/Details/{onPage}");
        var approved = await ApproveAsync(first, onPage);
        var earlyPurchaseOrder = await firstKey.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{byApi}/accept",
            new { name = "Harper Quinn", title = "CFO", purchaseOrder = "PO-EARLY", acceptTerms = true, revision = 1 }, HttpStatusCode.BadRequest);
        var secondPage = await second.GetAsync($"/Customer/Quotes/Details/{onPage}");
        var withoutPurchaseOrder = await ApproveAsync(second, onPage);
        var accepted = await second.SubmitAsync($"/Customer/Quotes/Details/{onPage}",
            new Dictionary<string, string>(Signature) { ["Accept.PurchaseOrder"] = "PO-LAST-1" }, $"/Customer/Quotes/Accept/{onPage}");

        Assert.Null(firstPage.Document.QuerySelector("input[name='Accept.PurchaseOrder']"));
        Assert.NotNull(firstPage.Document.QuerySelector("#purchase-order-later"));
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal([AcceptQuoteCommand.PurchaseOrderAtTheLastApproval], ApiCaller.ErrorsFor(earlyPurchaseOrder, "purchaseOrder"));
        Assert.Equal(0, await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == byApi).SelectMany(q => q.BuyerApprovals).CountAsync()));
        Assert.NotNull(secondPage.Document.QuerySelector("input[name='Accept.PurchaseOrder'][required]"));
        Assert.Equal(AcceptQuoteCommand.PurchaseOrderNeeded, withoutPurchaseOrder.FieldMessage("Accept.PurchaseOrder"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal("PO-LAST-1", await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == onPage).Select(q => q.Acceptance!.PurchaseOrder).SingleAsync()));
    }

    [SkippableFact]
    public async Task AnIssuedQuoteMailsEachPersonOnce()
    {
        // The first user holds every role: the quote's requester and an approver.
        var owner = await Customers.AddAsync(Factory, Slug("onemail"));
        var approver = await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Approver);
        var (quote, _) = await IssuedAsync(owner);
        var number = await NumberAsync(quote);
        string[] issueMails = [$"Your quote {number} is ready", $"Quote {number} waits for your approval"];

        var sent = await Factory.QueryAsync(db => db.QueuedMails.Where(m => issueMails.Contains(m.Subject)).Select(m => new { m.Recipient, m.Subject }).ToListAsync());

        Assert.Equal([(owner, issueMails[0]), (approver, issueMails[1])],
            sent.Select(m => (m.Recipient, m.Subject)).OrderBy(m => m.Subject == issueMails[1]));
    }

    [SkippableFact]
    public async Task TheColleaguesPageMarksTheCompanysAdministrators()
    {
        var owner = await Customers.AddAsync(Factory, Slug("badge"));
        await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Administrator);
        await Customers.AddColleagueAsync(Factory, owner, CompanyRoles.Requester);
        using var administrator = await Factory.SignedInAsync(owner);

        var page = await administrator.GetAsync("/Customer/Colleagues");

        Assert.Equal(2, page.Document.QuerySelectorAll("tbody .badge").Count(badge => badge.TextContent == "administrator"));
        Assert.DoesNotContain("first user", page.Body, StringComparison.OrdinalIgnoreCase);
    }
}
