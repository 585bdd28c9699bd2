using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Application.Common;
using Portal.Application.Payments;
using Portal.Application.Payments.RecordTransfer;
using Portal.Domain.Payments;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Payments.DepositSteps;

namespace Portal.IntegrationTests.Payments;

/// <summary>
/// The customer's Deposits page, reached from the menu: its company's deposits only, each with its quote, amount, state,
/// the date it is due by or was paid on, and the way to pay it or its invoice.
/// </summary>
public abstract class CustomerDepositsTests(PaymentsPortal portal)
{
    private PortalFactory Factory => portal.Factory;

    private static string Slug() => $"d{Guid.NewGuid():N}"[..10];

    private static string Day(DateTime utc) => utc.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-US"));

    private static async Task<PortalClient.Page> FromMenuAsync(PortalClient buyer)
    {
        var home = await buyer.GetAsync("/Customer/Quotes");
        var link = home.Document.QuerySelectorAll("nav a").Single(a => a.TextContent.Trim() == "Deposits");
        return await buyer.GetAsync(link.GetAttribute("href")!);
    }

    [SkippableFact]
    public async Task TheMenuLeadsToTheCompanysDueDepositWithItsQuoteAmountDueDateAndAWayToPay()
    {
        var customer = await Customers.AddAsync(Factory, Slug());
        var other = await Customers.AddAsync(Factory, Slug());
        var (quoteId, deposit) = await AcceptedQuoteAsync(Factory, customer, b => b.WithProduct("SVC-INSTALL-RACK", 1));
        var (_, foreign) = await AcceptedQuoteAsync(Factory, other, b => b.WithProduct("SVC-INSTALL-RACK", 1));
        using var buyer = await Factory.SignedInAsync(customer);

        var list = await FromMenuAsync(buyer);
        var row = Assert.Single(list.Document.QuerySelectorAll("tbody tr"));
        var pay = row.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Pay", StringComparison.Ordinal)).GetAttribute("href")!;
        var quote = row.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Quote", StringComparison.Ordinal)).GetAttribute("href")!;
        var invoice = row.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Invoice", StringComparison.Ordinal)).GetAttribute("href")!;
        var payPage = await buyer.GetAsync(pay);
        var quotePage = await buyer.GetAsync(quote);
        var pdf = await buyer.Http.GetAsync(invoice);

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal("/Customer/Deposits", list.Url);
        Assert.Contains(deposit.Reference, row.TextContent);
        Assert.Contains(MoneyText.Format(deposit.Amount, 2), row.TextContent);
        Assert.Contains(DepositStateText.Label(DepositState.Due), row.TextContent);
        var dueBy = Factory.Services.GetRequiredService<IOptions<BankTransferDetails>>().Value.DueOn(deposit.CreatedUtc);
        Assert.Contains($"Due by {Day(dueBy.ToDateTime(TimeOnly.MinValue))}", row.TextContent);
        Assert.DoesNotContain(foreign.Reference, list.Body);
        Assert.Equal($"/Customer/Deposits/Details/{deposit.Id}", pay);
        Assert.NotNull(payPage.Document.QuerySelector($"form[action='/Customer/Deposits/Pay/{deposit.Id}']"));
        Assert.Equal($"/Customer/Quotes/Details/{quoteId}", quote);
        Assert.Equal(HttpStatusCode.OK, quotePage.Status);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task APaidDepositShowsTheDayItWasPaidAndOnlyItsInvoice()
    {
        var customer = await Customers.AddAsync(Factory, Slug());
        var (_, deposit) = await AcceptedQuoteAsync(Factory, customer, b => b.WithTrainium2Racks(2));
        var receivedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
        using (var scope = Factory.Services.CreateScope())
        {
            var recorded = await scope.ServiceProvider.GetRequiredService<RecordTransferHandler>().HandleAsync(
                new RecordTransferCommand(deposit.Id, null, deposit.Amount.Major, receivedOn, "BANK-77"), await ActorAsync(Factory, Sales, PortalRoles.Sales));
            Assert.True(recorded.Succeeded);
        }
        using var buyer = await Factory.SignedInAsync(customer);

        var list = await FromMenuAsync(buyer);
        var row = Assert.Single(list.Document.QuerySelectorAll("tbody tr"));

        Assert.Contains(DepositStateText.Label(DepositState.Paid), row.TextContent);
        Assert.Contains($"Paid on {Day(receivedOn.ToDateTime(TimeOnly.MinValue))}", row.TextContent);
        Assert.DoesNotContain(row.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Pay", StringComparison.Ordinal));
        Assert.Contains(row.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/deposits/{deposit.Id}/invoice");
    }

    [SkippableFact]
    public async Task PagesOutsideTheListShowItsEdgesAndACompanyWithoutDepositsIsToldSo()
    {
        var customer = await Customers.AddAsync(Factory, Slug());
        var empty = await Customers.AddAsync(Factory, Slug());
        var (_, deposit) = await AcceptedQuoteAsync(Factory, customer, b => b.WithProduct("SVC-INSTALL-RACK", 1));
        using var buyer = await Factory.SignedInAsync(customer);
        using var nobody = await Factory.SignedInAsync(empty);
        using var sales = await Factory.SignedInAsync(Sales);

        var before = await buyer.GetAsync("/Customer/Deposits?page=0");
        var after = await buyer.GetAsync("/Customer/Deposits?page=999");
        var none = await nobody.GetAsync("/Customer/Deposits");
        var staff = await sales.GetAsync("/Customer/Deposits");

        Assert.Contains(deposit.Reference, Assert.Single(before.Document.QuerySelectorAll("tbody tr")).TextContent);
        Assert.Contains(deposit.Reference, Assert.Single(after.Document.QuerySelectorAll("tbody tr")).TextContent);
        Assert.Null(after.Document.QuerySelector("nav[aria-label='Pages']"));
        Assert.Equal(HttpStatusCode.OK, none.Status);
        Assert.Contains("No deposits yet", none.Text("main"));
        Assert.Empty(none.Document.QuerySelectorAll("tbody tr"));
        Assert.NotEqual(HttpStatusCode.OK, staff.Status);
    }
}

public sealed class CustomerDepositsOnSqlite(SqlitePayments portal) : CustomerDepositsTests(portal), IClassFixture<SqlitePayments>;

public sealed class CustomerDepositsOnPostgreSql(PostgresPayments portal) : CustomerDepositsTests(portal), IClassFixture<PostgresPayments>;
