using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// An issued quote as its customer reads it: a PDF button that downloads, Accept beside Decline (no Cancel there: declining
/// ends the request), a decline that asks the customer for its reason in the customer's words, and discounts read aloud
/// with the right article ("an 8 %").
/// </summary>
public abstract class IssuedQuotePageTests(PortalFixture portal)
{
    private const string Sales = "sales@northwind.example";
    private const string Buyer = "buyer@helios.example";

    /// <summary>Two Trainium2 racks and two installations, priced by sales with a sales discount on every line and issued.</summary>
    private async Task<int> IssuedAsync(PortalClient sales, string discount)
    {
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(2).WithProduct("SVC-INSTALL-RACK", 2).ClaimedBy(Sales).SubmitAsync();
        var priced = await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string> { ["Pricing.DiscountPercent"] = discount },
            $"/Staff/Quotes/Price/{id}");
        Assert.Equal(HttpStatusCode.Redirect, priced.Status);
        var issued = await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Approve/{id}");
        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        return id;
    }

    [SkippableFact]
    public async Task AnIssuedQuoteOffersDeclineWithoutCancelAndDeclineAsksTheCustomerForItsReason()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        using var customer = await portal.Factory.SignedInAsync(Buyer);
        var id = await IssuedAsync(sales, "5");

        var page = await customer.GetAsync($"/Customer/Quotes/Details/{id}");

        Assert.NotNull(page.Document.QuerySelector($"form[action='/Customer/Quotes/Decline/{id}']"));
        Assert.Null(page.Document.QuerySelector($"form[action='/Customer/Quotes/Cancel/{id}']"));
        Assert.DoesNotContain("Cancel this request", page.Text("main"));
        Assert.Contains("Declining closes the request", page.Text("#answer-heading ~ .row"));
        var empty = await customer.SubmitAsync(page, new Dictionary<string, string> { ["Decline.Reason"] = " " }, $"/Customer/Quotes/Decline/{id}");
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("Tell us why, in a sentence or two: it helps us make a better offer.", empty.FieldMessage("Decline.Reason"));
    }

    [SkippableFact]
    public async Task ARequestNotIssuedYetCanStillBeCancelled()
    {
        using var customer = await portal.Factory.SignedInAsync(Buyer);
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(1).SubmitAsync();

        var page = await customer.GetAsync($"/Customer/Quotes/Details/{id}");

        Assert.NotNull(page.Document.QuerySelector($"form[action='/Customer/Quotes/Cancel/{id}']"));
        Assert.Null(page.Document.QuerySelector($"form[action='/Customer/Quotes/Decline/{id}']"));
    }

    [SkippableFact]
    public async Task DownloadPdfIsAButtonThatDownloadsThePdf()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        using var customer = await portal.Factory.SignedInAsync(Buyer);
        var id = await IssuedAsync(sales, "5");

        foreach (var (client, url) in new[] { (customer, $"/Customer/Quotes/Details/{id}"), (sales, $"/Staff/Quotes/Details/{id}") })
        {
            var page = await client.GetAsync(url);
            var button = page.Document.QuerySelectorAll("a.btn").Single(a => a.TextContent.Trim() == "Download PDF");

            Assert.Contains("btn-outline-primary", button.ClassList);
            Assert.DoesNotContain("btn-outline-secondary", button.ClassList);
            Assert.True(button.HasAttribute("download"), $"{url}: the link downloads the file");
            Assert.NotNull(button.QuerySelector("svg[aria-hidden=true]"));
            using var pdf = await client.Http.GetAsync(button.GetAttribute("href"));
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        }
    }

    [SkippableTheory]
    [InlineData("8", "an 8 % sales discount")]
    [InlineData("5", "a 5 % sales discount")]
    public async Task ADiscountIsReadWithTheRightArticle(string discount, string reads)
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        using var customer = await portal.Factory.SignedInAsync(Buyer);
        var id = await IssuedAsync(sales, discount);

        var customerPage = await customer.GetAsync($"/Customer/Quotes/Details/{id}");
        var staffPage = await sales.GetAsync($"/Staff/Quotes/Details/{id}");

        Assert.Contains(reads, customerPage.Text("#racks-heading ~ *"));
        Assert.Contains(reads, staffPage.Text("main"));
        Assert.DoesNotContain("a 8 %", customerPage.Text("main"));
    }
}

public sealed class IssuedQuotePageOnSqlite(SqlitePortal portal) : IssuedQuotePageTests(portal), IClassFixture<SqlitePortal>;

public sealed class IssuedQuotePageOnPostgreSql(PostgresPortal portal) : IssuedQuotePageTests(portal), IClassFixture<PostgresPortal>;
