using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Pricing;
using Portal.Infrastructure.Persistence;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Payments.DepositSteps;

namespace Portal.IntegrationTests.Quotes;

/// <summary>Sales' review queue shows what each request is worth as priced now, and says its filters in words, never a status's code name.</summary>
public abstract partial class ReviewQueueListTests(PortalFixture portal)
{
    private PortalFactory Factory => portal.Factory;

    private static string Cell(PortalClient.Page list, AngleSharp.Dom.IElement row, string header)
    {
        var headers = list.Document.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        return row.QuerySelectorAll("td")[headers.IndexOf(header)].TextContent.Trim();
    }

    private async Task<(string Number, string Value)> PricedNowAsync(int quoteId)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var quote = await db.Quotes.AsNoTracking().WithLines().SingleAsync(q => q.Id == quoteId);
        return (quote.Number!, MoneyText.Format(scope.ServiceProvider.GetRequiredService<QuotePricing>().Price(quote).Summary.Total, 0));
    }

    [SkippableFact]
    public async Task EachRequestShowsItsValueAsPricedNow()
    {
        var slug = $"r{Guid.NewGuid():N}"[..10];
        var customer = await Customers.AddAsync(Factory, slug);
        var inReview = await new QuoteBuilder(Factory, $"{slug} Compute").WithTrainium2Racks(2).ClaimedBy(Sales).SubmitAsync();
        var issuedId = await IssuedQuoteAsync(Factory, customer, b => b.WithProduct("SVC-INSTALL-RACK", 2));
        var (reviewNumber, reviewValue) = await PricedNowAsync(inReview);
        var (issuedNumber, issuedValue) = await PricedNowAsync(issuedId);
        using var sales = await Factory.SignedInAsync(Sales);

        var open = await sales.GetAsync($"/Staff/Quotes?q={reviewNumber}");
        var issued = await sales.GetAsync($"/Staff/Quotes?status=Issued&q={issuedNumber}");

        Assert.Equal(reviewValue, Cell(open, Assert.Single(open.Document.QuerySelectorAll("tbody tr")), "Value"));
        Assert.Equal(issuedValue, Cell(issued, Assert.Single(issued.Document.QuerySelectorAll("tbody tr")), "Value"));
        Assert.NotEqual("—", reviewValue);
    }

    [SkippableFact]
    public async Task TheStatusFilterAndWhatItShowsReadAsWords()
    {
        using var sales = await Factory.SignedInAsync(Sales);

        var held = await sales.GetAsync("/Staff/Quotes?status=ComplianceHold");
        var open = await sales.GetAsync("/Staff/Quotes");
        var options = held.Document.QuerySelectorAll("select#status option").Select(o => o.TextContent.Trim()).ToList();

        Assert.StartsWith("Showing requests waiting for an export licence", held.Text("main p[role=status]"));
        Assert.StartsWith("Showing open requests (submitted or in review)", open.Text("main p[role=status]"));
        Assert.Contains("Export licence pending", options);
        Assert.Contains("In review", options);
        Assert.DoesNotContain(options, o => CodeName().IsMatch(o));
        Assert.DoesNotMatch(CodeName(), held.Text("main p[role=status]"));
    }

    [SkippableTheory]
    [InlineData("-1")]
    [InlineData("2147483647")]
    [InlineData("Nonsense")]
    public async Task AStatusThatDoesNotExistIsSaidSoAndFailsNothing(string status)
    {
        using var sales = await Factory.SignedInAsync(Sales);

        var page = await sales.GetAsync($"/Staff/Quotes?status={status}");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Showing requests of an unknown status", page.Text("main p[role=status]"));
    }

    /// <summary>An enum's name as code spells it: two capitalised words run together ("InReview", "ComplianceHold").</summary>
    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][a-z]+")]
    private static partial Regex CodeName();
}

public sealed class ReviewQueueListOnSqlite(SqlitePortal portal) : ReviewQueueListTests(portal), IClassFixture<SqlitePortal>;

public sealed class ReviewQueueListOnPostgreSql(PostgresPortal portal) : ReviewQueueListTests(portal), IClassFixture<PostgresPortal>;
