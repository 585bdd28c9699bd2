using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Quotes.Documents;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.IntegrationTests.Quotes;

/// <summary>Quote PDFs as the customer and staff download them, read back with PdfPig.</summary>
public abstract class QuotePdfTests(PortalFixture portal)
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");
    private static readonly Actor Sales = new("sales-test", "Sales", null, new HashSet<string> { PortalRoles.Sales });

    private Task<int> QuoteOfAsync(string organization, QuoteStatus status) =>
        portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Status == status && db.Organizations.Any(o => o.Id == q.OrganizationId && o.Name == organization))
            .Select(q => q.Id).FirstAsync());

    private async Task<QuoteDocument> DocumentAsync(int id)
    {
        using var scope = portal.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<QuoteDocuments>().BuildAsync(id, Sales);
    }

    private static string Amount(Money money) => money.Major.ToString("C2", Us);

    /// <summary>The text lines of a page (words on one baseline), top down, each its words left to right.</summary>
    private static List<string> Lines(Page page) =>
        page.GetWords().GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))
            .ToList();

    private static async Task<(HttpResponseMessage Response, byte[] Pdf)> DownloadAsync(PortalClient client, int id)
    {
        var response = await client.Http.GetAsync($"/quotes/{id}/pdf");
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task TheCustomerDownloadsItsQuoteAsAPdfNamedAfterItsNumberAndRevision()
    {
        var id = await QuoteOfAsync("Helios AI Labs", QuoteStatus.Submitted);
        var document = await DocumentAsync(id);
        using var client = await portal.Factory.SignedInAsync("buyer@helios.example");

        var (response, bytes) = await DownloadAsync(client, id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{document.Reference}-rev1.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var pdf = PdfArtifacts.Check(bytes, $"quote-{portal.Provider}-demo");
        var first = Lines(pdf.GetPage(1));
        Assert.Contains($"Quotation {document.Reference}", first);
        Assert.Contains(first, l => l.StartsWith("Revision 1 · Prepared", StringComparison.Ordinal) && l.Contains("Valid until", StringComparison.Ordinal));
        Assert.Contains(first, l => l.Contains("Northwind Silicon", StringComparison.Ordinal) && l.Contains("Helios AI Labs", StringComparison.Ordinal));
        var all = pdf.GetPages().SelectMany(Lines).ToList();
        foreach (var line in document.Price.Racks.SelectMany(c => c.Lines).Concat(document.Price.Products))
        {
            Assert.Contains(all, l => l.StartsWith(line.Product.Sku + " ", StringComparison.Ordinal) && l.Contains(Amount(line.Line.Amount), StringComparison.Ordinal));
        }
        Assert.Contains(all, l => l.StartsWith("Total (USD)", StringComparison.Ordinal) && l.EndsWith(Amount(document.Summary.Total), StringComparison.Ordinal));
        Assert.Contains(all, l => l.StartsWith("Deposit due on acceptance, 20 %", StringComparison.Ordinal) && l.Contains(Amount(document.Deposit), StringComparison.Ordinal));
        Assert.Contains("Terms and conditions", all);
        Assert.Contains("Acceptance", all);
        foreach (var page in pdf.GetPages())
        {
            Assert.EndsWith($"Page {page.Number} of {pdf.NumberOfPages}", Lines(page)[^1]);
            Assert.Contains("DRAFT", string.Concat(page.Letters.Select(l => l.Value)));
        }
        Assert.Equal($"Quotation {document.Reference}, revision 1", pdf.Information.Title);
        Assert.Equal("Northwind Silicon", pdf.Information.Author);
        Assert.Equal("Quotation for Helios AI Labs", pdf.Information.Subject);
    }

    [SkippableFact]
    public async Task AnotherOrganizationsQuoteOrAnUnknownOneIsNotFound()
    {
        var helios = await QuoteOfAsync("Helios AI Labs", QuoteStatus.Submitted);
        var heliosDraft = await QuoteOfAsync("Helios AI Labs", QuoteStatus.Draft);
        using var fjord = await portal.Factory.SignedInAsync("buyer@fjord.example");
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");

        Assert.Equal(HttpStatusCode.NotFound, (await DownloadAsync(fjord, helios)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DownloadAsync(fjord, 999_999)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DownloadAsync(sales, helios)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DownloadAsync(sales, heliosDraft)).Response.StatusCode);
    }

    [SkippableFact]
    public async Task BothSidesFindTheDownloadOnTheQuotesPage()
    {
        var id = await QuoteOfAsync("Helios AI Labs", QuoteStatus.Submitted);
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");

        var customerPage = await customer.GetAsync($"/Customer/Quotes/Details/{id}");
        var list = await sales.GetAsync("/Staff/Quotes?q=helios");
        var staffPage = await sales.GetAsync($"/Staff/Quotes/Details/{id}");

        Assert.NotNull(customerPage.Document.QuerySelector($"a[href='/quotes/{id}/pdf']"));
        Assert.Contains("Helios AI Labs", list.Text("tbody"));
        Assert.Equal(HttpStatusCode.OK, staffPage.Status);
        Assert.NotNull(staffPage.Document.QuerySelector($"a[href='/quotes/{id}/pdf']"));
        Assert.Contains("Helios AI Labs", staffPage.Text("dl"));
    }

    [SkippableFact]
    public async Task AFiveHundredLineQuoteSpreadsOverPagesCleanly()
    {
        var builder = new QuoteBuilder(portal.Factory, "Helios AI Labs");
        for (var i = 1; i <= 100; i++)
        {
            builder.WithTrainium2Racks(i % 7 + 1);
        }
        var id = await builder.SubmitAsync();
        var document = await DocumentAsync(id);
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");

        var (response, bytes) = await DownloadAsync(sales, id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfArtifacts.Check(bytes, $"quote-{portal.Provider}-500-lines");
        var expected = document.Price.Racks.SelectMany(c => c.Lines).ToList();
        Assert.Equal(500, expected.Count);
        var pages = pdf.GetPages().Select(p => (p.Number, Lines: Lines(p))).ToList();
        var tablePages = pages.Where(p => p.Lines.Any(l => l.StartsWith("TRN2-", StringComparison.Ordinal) || l.StartsWith("Subtotal", StringComparison.Ordinal))).ToList();
        Assert.True(tablePages.Count >= 10, $"the lines fill {tablePages.Count} pages");
        foreach (var (number, lines) in tablePages)
        {
            Assert.True(lines.Contains("SKU Description Qty Unit price Discount Amount Quarter"), $"page {number} has no header row");
            Assert.EndsWith($"Page {number} of {pdf.NumberOfPages}", lines[^1]);
        }
        // Every product line stands whole on one text line of one page, in order: SKU, quantity, prices and amount together.
        var rows = tablePages.SelectMany(p => p.Lines).Where(l => l.StartsWith("TRN2-", StringComparison.Ordinal) || l.StartsWith("EFA-", StringComparison.Ordinal)
            || l.StartsWith("STOR-", StringComparison.Ordinal) || l.StartsWith("PDU-", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (line, row) in expected.Zip(rows))
        {
            Assert.StartsWith(line.Product.Sku + " ", row);
            Assert.Contains($" {line.Line.Quantity.ToString("N0", Us)} {Amount(line.Line.UnitPrice)} ", row);
            Assert.Contains($" {Amount(line.Line.Amount)} ", row + " ");
        }
        Assert.Equal(100, tablePages.SelectMany(p => p.Lines).Count(l => l.StartsWith("Subtotal, configuration", StringComparison.Ordinal)));
        Assert.Contains(tablePages[^1].Lines, l => l.StartsWith("Total (USD)", StringComparison.Ordinal) && l.EndsWith(Amount(document.Summary.Total), StringComparison.Ordinal));
        Assert.Equal(expected.Aggregate(0L, (sum, l) => sum + l.Line.Amount.MinorUnits), document.Summary.Total.MinorUnits);
    }

    [SkippableFact]
    public async Task AQuoteOfAFewServicesFitsOnOnePageWithItsTermsAndAcceptanceBlock()
    {
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs")
            .WithProduct("SVC-NEURON-ENG", 6).WithProduct("SVC-SUPPORT-BIZ", 2).WithNotes("Two engineers for three weeks.").SubmitAsync();
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");

        var (_, bytes) = await DownloadAsync(sales, id);

        using var pdf = PdfArtifacts.Check(bytes, $"quote-{portal.Provider}-one-page");
        Assert.Equal(1, pdf.NumberOfPages);
        var lines = Lines(pdf.GetPage(1));
        Assert.Contains("Terms and conditions", lines);
        Assert.Contains("Acceptance", lines);
        Assert.Contains("Two engineers for three weeks.", lines);
        Assert.EndsWith("Page 1 of 1", lines[^1]);
    }

    [SkippableFact]
    public async Task AnIssuedQuoteBillsTheCompanysDefaultAddressAndTaxIdAndKeepsThemWhenTheCompanyEditsItsAddress()
    {
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        using var admin = await portal.Factory.SignedInAsync("buyer@helios.example");
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithProduct("SVC-NEURON-ENG", 2).ClaimedBy("sales@northwind.example").SubmitAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string> { ["Pricing.DiscountPercent"] = "0" },
            $"/Staff/Quotes/Price/{id}")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Approve/{id}")).Status);

        var (_, issued) = await DownloadAsync(admin, id);

        using (var pdf = PdfArtifacts.Check(issued, $"quote-{portal.Provider}-billed"))
        {
            var lines = Lines(pdf.GetPage(1));
            Assert.Contains(lines, l => l.Contains("1200 Innovation Drive, Suite 400", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains(HeliosCityLine, StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("Tax id 84-2910475", StringComparison.Ordinal));
        }
        var address = await portal.Factory.QueryAsync(db => db.BillingAddresses.AsNoTracking()
            .SingleAsync(a => a.IsDefault && db.Organizations.Any(o => o.Id == a.OrganizationId && o.Name == "Helios AI Labs")));
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await EditAddressAsync(admin, address, "77 Moved Street")).Status);

            var (_, later) = await DownloadAsync(admin, id);

            Assert.Equal(issued, later);
        }
        finally
        {
            await EditAddressAsync(admin, address, address.Street);
        }
    }

    /// <summary>How Helios's billing address writes its city line: in the US order, with its state.</summary>
    private const string HeliosCityLine = "Ashburn, VA 20147";

    private static Task<PortalClient.Page> EditAddressAsync(PortalClient admin, BillingAddress address, string street) =>
        admin.SubmitAsync($"/Customer/Company/EditAddress/{address.Id}", new Dictionary<string, string>
        {
            ["Street"] = street, ["PostalCode"] = address.PostalCode, ["City"] = address.City, ["Region"] = address.Region ?? "", ["CountryCode"] = address.CountryCode, ["MakeDefault"] = "true",
        });

    [SkippableFact]
    public async Task ACustomerNameInGreekOrCyrillicComesBackAsWrittenAndAnIssuedQuoteHasNoWatermark()
    {
        var document = await DocumentAsync(await QuoteOfAsync("Helios AI Labs", QuoteStatus.Submitted));
        var customer = new Organization("Сибирские вычисления АО", "KZ", "счета@sibcompute.example", DateTime.UtcNow);
        var site = customer.AddSite("Κέντρο Δεδομένων Αθήνας", "Αθήνα", "GR", 8_000, CoolingType.Liquid);
        var issued = document with { Customer = customer, Site = site, IsDraft = false, Contact = new("Ирина Петрова", "irina@sibcompute.example") };
        using var scope = portal.Factory.Services.CreateScope();

        var bytes = scope.ServiceProvider.GetRequiredService<IQuotePdfRenderer>().Render(issued);

        using var pdf = PdfArtifacts.Check(bytes, $"quote-{portal.Provider}-scripts");
        var text = string.Join('\n', Lines(pdf.GetPage(1)));
        Assert.Contains("Сибирские вычисления АО", text);
        Assert.Contains("Κέντρο Δεδομένων Αθήνας", text);
        Assert.Contains("Attn. Ирина Петрова", text);
        Assert.Contains("Issued", text);
        Assert.DoesNotContain("Draft for review", text);
        Assert.All(pdf.GetPages(), page => Assert.DoesNotContain("DRAFT", string.Concat(page.Letters.Select(l => l.Value))));
        Assert.Equal("Quotation for Сибирские вычисления АО", pdf.Information.Subject);
    }
}

public sealed class QuotePdfOnSqlite(SqlitePortal portal) : QuotePdfTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuotePdfOnPostgreSql(PostgresPortal portal) : QuotePdfTests(portal), IClassFixture<PostgresPortal>;
