using System.Net;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Homes;

/// <summary>
/// The demo gives the sales home something in each of its lists: a bank transfer to record (Helios' deposit on two
/// Trainium2 racks, too large for a card) and a quote about to expire (Fjord's support quote, issued for five days),
/// each leading to its page. The portal takes cards here, as the demo does, so a deposit a card can pay is not in the list.
/// </summary>
public abstract class SalesHomeDemoTests(PaymentsPortal portal)
{
    [SkippableFact]
    public async Task TheDemoGivesSalesABankTransferToRecordAndAQuoteAboutToExpire()
    {
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");

        var home = await sales.GetAsync("/Staff");

        var transfer = Assert.Single(home.Document.QuerySelectorAll("[data-home=transfers] li"));
        Assert.Contains("Helios AI Labs", transfer.TextContent);
        var expiring = Assert.Single(home.Document.QuerySelectorAll("[data-home=expiring] li"));
        Assert.Contains("Fjord Compute AS", expiring.TextContent);
        var deposit = await sales.GetAsync(transfer.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, deposit.Status);
        Assert.NotNull(deposit.Document.QuerySelector("form[action^='/Staff/Deposits/RecordTransfer/']"));
        var quote = await sales.GetAsync(expiring.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, quote.Status);
        Assert.Contains("Issued", quote.Text("h1"));
    }
}

public sealed class SalesHomeDemoOnSqlite(SqlitePayments portal) : SalesHomeDemoTests(portal), IClassFixture<SqlitePayments>;

public sealed class SalesHomeDemoOnPostgreSql(PostgresPayments portal) : SalesHomeDemoTests(portal), IClassFixture<PostgresPayments>;
