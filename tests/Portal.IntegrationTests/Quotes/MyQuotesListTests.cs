using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Payments.DepositSteps;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// My quotes shows, for each of the company's requests, the total of its issued quote, until when it may be accepted,
/// and the next step: a link when the step is the customer's, a note when it waits for the vendor.
/// </summary>
public abstract class MyQuotesListTests(PortalFixture portal)
{
    private PortalFactory Factory => portal.Factory;

    private static AngleSharp.Dom.IElement Row(PortalClient.Page list, int quoteId) =>
        list.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/Customer/Quotes/Details/{quoteId}']") is not null);

    private static string Cell(PortalClient.Page list, AngleSharp.Dom.IElement row, string header)
    {
        var headers = list.Document.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        return row.QuerySelectorAll("td")[headers.IndexOf(header)].TextContent.Trim();
    }

    [SkippableFact]
    public async Task EachRequestShowsItsTotalValidUntilAndNextStepAndOnlyTheCompanysRequestsAreListed()
    {
        var slug = $"m{Guid.NewGuid():N}"[..10];
        var customer = await Customers.AddAsync(Factory, slug);
        var other = await Customers.AddAsync(Factory, $"o{Guid.NewGuid():N}"[..10]);
        var issuedId = await IssuedQuoteAsync(Factory, customer, b => b.WithProduct("SVC-INSTALL-RACK", 2));
        var submittedId = await new QuoteBuilder(Factory, $"{slug} Compute").WithProduct("SVC-INSTALL-RACK", 1).SubmitAsync();
        var draftId = await new QuoteBuilder(Factory, $"{slug} Compute").WithProduct("SVC-INSTALL-RACK", 3).DraftAsync();
        var foreignId = await IssuedQuoteAsync(Factory, other, b => b.WithProduct("SVC-INSTALL-RACK", 1));
        var issued = await Factory.QueryAsync(db => db.Quotes.AsNoTracking().SingleAsync(q => q.Id == issuedId));
        var currency = Factory.Services.GetRequiredService<VendorProfile>().Currency;
        using var buyer = await Factory.SignedInAsync(customer);

        var list = await buyer.GetAsync("/Customer/Quotes");
        var issuedRow = Row(list, issuedId);
        var submittedRow = Row(list, submittedId);
        var draftRow = Row(list, draftId);
        var next = issuedRow.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Accept or decline", StringComparison.Ordinal));
        var quotePage = await buyer.GetAsync(next.GetAttribute("href")!);

        Assert.Equal(3, list.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Null(list.Document.QuerySelector($"a[href='/Customer/Quotes/Details/{foreignId}']"));
        Assert.Equal(MoneyText.Format(new Money(issued.IssuedTotalMinorUnits!.Value, currency), 0), Cell(list, issuedRow, "Total"));
        Assert.Equal(issued.ValidUntilUtc!.Value.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-US")), Cell(list, issuedRow, "Valid until"));
        Assert.StartsWith("Accept or decline the quote", Cell(list, issuedRow, "Next step"));
        Assert.NotNull(quotePage.Document.QuerySelector($"form[action='/Customer/Quotes/Accept/{issuedId}']"));
        Assert.Equal("Our sales team prepares your quote", Cell(list, submittedRow, "Next step"));
        Assert.Empty(submittedRow.QuerySelectorAll("td")[2].QuerySelectorAll("a"));
        Assert.Equal("not priced yet", Cell(list, submittedRow, "Total"));
        Assert.Equal("—", Cell(list, submittedRow, "Valid until"));
        Assert.StartsWith("Finish and submit the request", Cell(list, draftRow, "Next step"));
        Assert.Equal($"/Customer/Quotes/Details/{draftId}", draftRow.QuerySelectorAll("td")[2].QuerySelector("a")!.GetAttribute("href"));
    }
}

public sealed class MyQuotesListOnSqlite(SqlitePortal portal) : MyQuotesListTests(portal), IClassFixture<SqlitePortal>;

public sealed class MyQuotesListOnPostgreSql(PostgresPortal portal) : MyQuotesListTests(portal), IClassFixture<PostgresPortal>;
