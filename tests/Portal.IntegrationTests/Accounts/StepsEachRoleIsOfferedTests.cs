using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Accounts;

/// <summary>
/// What a company's people are offered follows their roles: the deposit invoice is for its Finance people and
/// administrators.
/// </summary>
public abstract class StepsEachRoleIsOfferedTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task TheDepositInvoiceIsForFinanceAndAdministratorsAndAnotherColleagueIsRefusedWithoutALink()
    {
        var owner = await Customers.AddAsync(portal.Factory, Slug("invoice"));
        var (quote, deposit) = await DepositSteps.AcceptedQuoteAsync(portal.Factory, owner, b => b.WithProduct("SVC-NEURON-ENG", 1));
        var invoice = $"/deposits/{deposit.Id}/invoice";
        using var finance = await SignedInAsync(owner, CompanyRoles.Finance);
        using var administrator = await SignedInAsync(owner, CompanyRoles.Administrator);
        using var requester = await SignedInAsync(owner, CompanyRoles.Requester);
        using var approver = await SignedInAsync(owner, CompanyRoles.Approver);
        using var sales = await portal.Factory.SignedInAsync(DepositSteps.Sales);

        var byFinance = await finance.Http.GetAsync(invoice);
        var byAdministrator = await administrator.Http.GetAsync(invoice);
        var bySales = await sales.Http.GetAsync(invoice);
        var byRequester = await requester.GetAsync(invoice);
        var byApprover = await approver.GetAsync(invoice);
        var requestersQuote = await requester.GetAsync($"/Customer/Quotes/Details/{quote}");

        Assert.Equal(("application/pdf", "application/pdf", "application/pdf"),
            (byFinance.Content.Headers.ContentType?.MediaType, byAdministrator.Content.Headers.ContentType?.MediaType, bySales.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (byRequester.Status, byApprover.Status));
        Assert.Contains("needs the Administrator or Finance role", byRequester.Text("main"), StringComparison.Ordinal);
        Assert.Null(requestersQuote.Document.QuerySelector($"a[href='{invoice}'], a[href='/Customer/Deposits/Details/{deposit.Id}']"));
        Assert.Contains("Finance people pay it", requestersQuote.Text("main"), StringComparison.Ordinal);
    }

    private static string Slug(string what) => $"{what}{Guid.NewGuid():N}"[..12];

    private async Task<PortalClient> SignedInAsync(string owner, CompanyRoles roles) =>
        await portal.Factory.SignedInAsync(await Customers.AddColleagueAsync(portal.Factory, owner, roles));

}

public sealed class StepsEachRoleIsOfferedOnSqlite(SqlitePortal portal) : StepsEachRoleIsOfferedTests(portal), IClassFixture<SqlitePortal>;

public sealed class StepsEachRoleIsOfferedOnPostgreSql(PostgresPortal portal) : StepsEachRoleIsOfferedTests(portal), IClassFixture<PostgresPortal>;
