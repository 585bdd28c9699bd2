using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// Sales prices a request (lines, quantities, discounts, quarters, validity) within its authority; above it an admin
/// approves or sends it back; an issued quote is revised into revision 2, and both sides compare the two.
/// </summary>
public abstract class QuotePricingTests(PortalFixture portal)
{
    private const string Sales = "sales@northwind.example";
    private const string Admin = "admin@northwind.example";
    private const string Buyer = "buyer@helios.example";

    private static readonly Quarter ThisQuarter = Quarter.Containing(DateTime.UtcNow);

    /// <summary>Two Trainium2 racks and two installations, claimed by sales, delivery next quarter.</summary>
    private Task<int> ClaimedRequestAsync(string claimer = Sales) =>
        new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(2).WithProduct("SVC-INSTALL-RACK", 2).ForQuarter(1).ClaimedBy(claimer).SubmitAsync();

    private Task<Quote> QuoteAsync(int id) =>
        portal.Factory.QueryAsync(db => db.Quotes.AsNoTracking().Include(q => q.Racks).Include(q => q.Products).ThenInclude(p => p.Product)
            .SingleAsync(q => q.Id == id));

    private Task<List<QuoteRevision>> RevisionsAsync(int id) =>
        portal.Factory.QueryAsync(db => db.QuoteRevisions.AsNoTracking().Where(r => r.QuoteId == id).OrderBy(r => r.Number).ToListAsync());

    private static Task<PortalClient.Page> PriceAsync(PortalClient staff, int id, Dictionary<string, string> fields) =>
        staff.SubmitAsync($"/Staff/Quotes/Details/{id}", fields, $"/Staff/Quotes/Price/{id}");

    private static Task<PortalClient.Page> PostOnPageAsync(PortalClient staff, int id, string action, Dictionary<string, string>? fields = null) =>
        staff.SubmitAsync($"/Staff/Quotes/Details/{id}", fields ?? [], $"/Staff/Quotes/{action}/{id}");

    [SkippableFact]
    public async Task SalesPricesLinesQuartersAndValidityAndTheIssuedRevisionKeepsThem()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        var id = await ClaimedRequestAsync();
        var later = ThisQuarter.Plus(3).ToString();

        var priced = await PriceAsync(sales, id, new()
        {
            ["Pricing.DiscountPercent"] = "5",
            ["Pricing.ValidityDays"] = "20",
            ["Pricing.Configurations[0].Quantity"] = "3",
            ["Pricing.Products[0].DiscountPercent"] = "10",
            ["Pricing.Products[0].Quarter"] = later,
            ["Pricing.AddSku"] = "SVC-SUPPORT-ENT",
            ["Pricing.AddQuantity"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, priced.Status);
        var page = await sales.GetAsync($"/Staff/Quotes/Details/{id}");
        Assert.Contains("Priced by Sam Sales", page.Body);
        Assert.Contains("Sales discount", page.Text("#totals-heading + table"));

        var issued = await PostOnPageAsync(sales, id, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        var quote = await QuoteAsync(id);
        Assert.Equal((QuoteStatus.Issued, 5m, 20, 3), (quote.Status, quote.DiscountPercent, quote.ValidityDays, quote.Racks[0].RackCount));
        Assert.Equal(quote.IssuedUtc!.Value.Date.AddDays(20), quote.ValidUntilUtc!.Value.Date);
        var revision = Assert.Single(await RevisionsAsync(id));
        var install = Assert.Single(revision.Lines, l => l.Sku == "SVC-INSTALL-RACK");
        Assert.Equal((10m, later), (install.SalesDiscountPercent, install.Quarter.ToString()));
        var support = Assert.Single(revision.Lines, l => l.Sku == "SVC-SUPPORT-ENT");
        Assert.Equal((3, 5m, ThisQuarter.Plus(1)), (support.Quantity, support.SalesDiscountPercent, support.Quarter));
        Assert.Equal(3, Assert.Single(revision.Lines, l => l.Sku == "TRN2-RACK-48U").Quantity);
        Assert.All(revision.Lines.Where(l => l.Group != QuoteRevisionLine.ProductsGroup), l => Assert.Equal(5m, l.SalesDiscountPercent));
        Assert.Equal(revision.TotalMinorUnits, revision.Lines.Sum(l => l.AmountMinorUnits));
        Assert.True(revision.SalesDiscountMinorUnits > 0);

        using var pdf = PdfArtifacts.Check(await sales.Http.GetByteArrayAsync($"/quotes/{id}/pdf"), $"quote-{portal.Provider}-priced");
        var lines = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Contains(later, lines);
        Assert.Contains("Sales discount (in the lines above)", string.Join(' ', lines));
    }

    [SkippableFact]
    public async Task BadPricingGetsFieldMessagesAndChangesNothing()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        var id = await ClaimedRequestAsync();
        var before = await QuoteAsync(id);

        var bad = await PriceAsync(sales, id, new()
        {
            ["Pricing.DiscountPercent"] = "30",
            ["Pricing.ValidityDays"] = "0",
            ["Pricing.Configurations[0].Quantity"] = "0",
            ["Pricing.Products[0].DiscountPercent"] = "-1",
            ["Pricing.Products[0].Quarter"] = "2001-Q1",
        });
        var unknownProduct = await PriceAsync(sales, id, new() { ["Pricing.AddSku"] = "NO-SUCH-SKU", ["Pricing.AddQuantity"] = "1" });
        var everythingRemoved = await PriceAsync(sales, id, new() { ["Pricing.Configurations[0].Remove"] = "true", ["Pricing.Products[0].Remove"] = "true" });

        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Equal("A discount is between 0 and 25 %; nobody can give more.", bad.FieldMessage("Pricing.DiscountPercent"));
        Assert.Equal("A quote is valid for 1 to 90 days.", bad.FieldMessage("Pricing.ValidityDays"));
        Assert.StartsWith("Between 1 and 10,000 racks", bad.FieldMessage("Pricing.Configurations[0].Quantity"));
        Assert.Equal("A discount is between 0 and 25 %; nobody can give more.", bad.FieldMessage("Pricing.Products[0].DiscountPercent"));
        Assert.Equal("Choose this quarter or a later one from the list.", bad.FieldMessage("Pricing.Products[0].Quarter"));
        Assert.Equal("30", bad.Document.QuerySelector("#Pricing_DiscountPercent")!.GetAttribute("value"));
        Assert.Equal("Choose a product from the list.", unknownProduct.FieldMessage("Pricing.AddSku"));
        Assert.Contains("A quote needs at least one line", everythingRemoved.Text("[role=alert]"));
        var after = await QuoteAsync(id);
        Assert.Equal((before.Version, 0m, null, 2, 1), (after.Version, after.DiscountPercent, after.ValidityDays, after.Racks[0].RackCount, after.Products.Count));
    }

    [SkippableFact]
    public async Task ADiscountAboveTheSalesAuthorityWaitsForAnAdminWhoSendsItBackOrApprovesIt()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        using var admin = await portal.Factory.SignedInAsync(Admin);
        var id = await ClaimedRequestAsync();
        await PriceAsync(sales, id, new() { ["Pricing.Products[0].DiscountPercent"] = "15" });

        var sent = await PostOnPageAsync(sales, id, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var quote = await QuoteAsync(id);
        Assert.Equal(QuoteStatus.PendingApproval, quote.Status);
        Assert.Empty(await RevisionsAsync(id));
        Assert.Equal($"{quote.Number} waits for your approval", Outbox.LatestTo(portal.Factory, Admin).Subject);
        var salesPage = await sales.GetAsync($"/Staff/Quotes/Details/{id}");
        Assert.Contains("it waits for an admin's approval", salesPage.Text("[role=status]"));
        Assert.Null(salesPage.Document.QuerySelector($"form[action='/Staff/Quotes/Approve/{id}']"));
        var salesOnApprovals = await sales.GetAsync("/Staff/Quotes/Approvals");
        Assert.True(salesOnApprovals.Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{salesOnApprovals.Status}");
        var token = await sales.AntiforgeryTokenAsync($"/Staff/Quotes/Details/{id}");
        var forged = await sales.PostAsync($"/Staff/Quotes/Approve/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Conflict, forged.Status);
        Assert.Contains("above your authority of 10 %", forged.Body);
        var forgedSendBack = await sales.PostAsync($"/Staff/Quotes/SendBack/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["SendBack.Note"] = "x" });
        Assert.True(forgedSendBack.Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{forgedSendBack.Status}");

        var queue = await admin.GetAsync("/Staff/Quotes/Approvals");
        Assert.Contains(quote.Number!, queue.Text("tbody"));
        Assert.Contains("15 %", queue.Text("tbody"));
        var noReason = await PostOnPageAsync(admin, id, "SendBack", new() { ["SendBack.Note"] = " " });
        Assert.Equal(HttpStatusCode.OK, noReason.Status);
        Assert.Equal("Tell sales why it goes back, in a sentence or two: what to change in the pricing.", noReason.FieldMessage("SendBack.Note"));
        Assert.Contains("Why it goes back to", noReason.Text("label[for='SendBack_Note']"));
        var back = await PostOnPageAsync(admin, id, "SendBack", new() { ["SendBack.Note"] = "15 % on installation is too much; 8 % at most." });
        Assert.Equal(HttpStatusCode.Redirect, back.Status);
        Assert.Equal(QuoteStatus.InReview, (await QuoteAsync(id)).Status);
        Assert.Contains("8 % at most", Outbox.LatestTo(portal.Factory, Sales).TextBody);

        await PriceAsync(sales, id, new() { ["Pricing.Products[0].DiscountPercent"] = "12" });
        await PostOnPageAsync(sales, id, "Approve");
        Assert.Equal(QuoteStatus.PendingApproval, (await QuoteAsync(id)).Status);
        var approved = await PostOnPageAsync(admin, id, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal(QuoteStatus.Issued, (await QuoteAsync(id)).Status);
        Assert.Equal($"{quote.Number} approved and issued", Outbox.LatestTo(portal.Factory, Sales).Subject);
        var timeline = (await admin.GetAsync($"/Staff/Quotes/Details/{id}")).Text("ol");
        Assert.Contains("Approval requested by Sam Sales", timeline);
        Assert.Contains("Sent back to sales by Avery Admin", timeline);
        Assert.Contains("Approved by Avery Admin", timeline);
        using var customer = await portal.Factory.SignedInAsync(Buyer);
        var customersTimeline = (await customer.GetAsync($"/Customer/Quotes/Details/{id}")).Text("ol");
        Assert.Contains("Issued by Avery Admin", customersTimeline);
        Assert.DoesNotContain("Priced", customersTimeline);
        Assert.DoesNotContain("Approval requested", customersTimeline);
        Assert.DoesNotContain("8 % at most", customersTimeline);
    }

    /// <summary>What the customer reads of a quote in its page's lines and totals, in its PDF and through the API.</summary>
    private async Task<(string Page, string Pdf, JsonElement Api)> WhatTheCustomerSeesAsync(PortalClient customer, ApiCaller api, int id)
    {
        var page = await customer.GetAsync($"/Customer/Quotes/Details/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var pdf = await customer.Http.GetByteArrayAsync($"/quotes/{id}/pdf");
        using var document = PdfArtifacts.Check(pdf, $"customer-view-{portal.Provider}-{id}");
        var words = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        return (page.Text("#racks-heading ~ *") + page.Text("#totals-heading + table"), words, await api.JsonAsync(HttpMethod.Get, $"/api/v1/quotes/{id}"));
    }

    [SkippableFact]
    public async Task TheCustomerSeesNoSalesDiscountUntilARevisionCarryingItIsIssued()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        using var admin = await portal.Factory.SignedInAsync(Admin);
        using var customer = await portal.Factory.SignedInAsync(Buyer);
        var api = await ApiCaller.ForAsync(portal.Factory, Buyer, write: false);
        var id = await ClaimedRequestAsync();
        var estimate = (await customer.GetAsync($"/Customer/Quotes/Details/{id}")).Text("#totals-heading + table");
        await PriceAsync(sales, id, new() { ["Pricing.DiscountPercent"] = "14" });
        await PostOnPageAsync(sales, id, "Approve");
        Assert.Equal(QuoteStatus.PendingApproval, (await QuoteAsync(id)).Status);

        foreach (var moment in new[] { "waiting for approval", "sent back to sales" })
        {
            if (moment == "sent back to sales")
            {
                await PostOnPageAsync(admin, id, "SendBack", new() { ["SendBack.Note"] = "14 % needs the CFO; try 9 %." });
                Assert.Equal(QuoteStatus.InReview, (await QuoteAsync(id)).Status);
            }
            var (page, pdf, json) = await WhatTheCustomerSeesAsync(customer, api, id);
            Assert.DoesNotContain("sales discount", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("14 %", page);
            Assert.Equal(estimate, (await customer.GetAsync($"/Customer/Quotes/Details/{id}")).Text("#totals-heading + table"));
            Assert.DoesNotContain("Sales discount", pdf);
            Assert.DoesNotContain("14 %", pdf);
            Assert.Equal(JsonValueKind.Null, json.GetProperty("quote").GetProperty("issuedTotal").ValueKind);
        }
        var staffPage = await sales.GetAsync($"/Staff/Quotes/Details/{id}");
        Assert.Contains("Sales discount", staffPage.Text("#totals-heading + table"));

        await PostOnPageAsync(sales, id, "Approve");
        var issued = await PostOnPageAsync(admin, id, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        var after = await WhatTheCustomerSeesAsync(customer, api, id);
        Assert.Contains("Sales discount", after.Page);
        Assert.Contains("14 % sales discount", after.Page);
        Assert.Contains("Sales discount", after.Pdf);
        Assert.Equal(JsonValueKind.Number, after.Api.GetProperty("quote").GetProperty("issuedTotal").ValueKind);
    }

    [SkippableFact]
    public async Task NobodyGivesMoreThanTwentyFivePercentAndAnAdminIssuesUpToItDirectly()
    {
        using var admin = await portal.Factory.SignedInAsync(Admin);
        var id = await ClaimedRequestAsync(Admin);

        var tooMuch = await PriceAsync(admin, id, new() { ["Pricing.DiscountPercent"] = "25.5" });
        Assert.Equal("A discount is between 0 and 25 %; nobody can give more.", tooMuch.FieldMessage("Pricing.DiscountPercent"));

        await PriceAsync(admin, id, new() { ["Pricing.DiscountPercent"] = "20" });
        var issued = await PostOnPageAsync(admin, id, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        Assert.Equal((QuoteStatus.Issued, 20m), ((await QuoteAsync(id)).Status, (await QuoteAsync(id)).DiscountPercent));
    }

    [SkippableFact]
    public async Task OfTwoStaffPricingTheSameQuoteTheSecondIsToldAndTheFirstPricingStands()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        using var admin = await portal.Factory.SignedInAsync(Admin);
        var id = await ClaimedRequestAsync();
        var salesPage = await sales.GetAsync($"/Staff/Quotes/Details/{id}");

        var first = await PriceAsync(admin, id, new() { ["Pricing.DiscountPercent"] = "4" });
        var second = await sales.SubmitAsync(salesPage, new Dictionary<string, string> { ["Pricing.DiscountPercent"] = "7" }, $"/Staff/Quotes/Price/{id}");

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains("changed while you were looking at it", second.Body);
        Assert.Equal(4m, (await QuoteAsync(id)).DiscountPercent);
    }

    [SkippableFact]
    public async Task ARevisedQuoteIsIssuedAsRevisionTwoAndBothSidesCompareTheRevisions()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        using var customer = await portal.Factory.SignedInAsync(Buyer);
        using var stranger = await portal.Factory.SignedInAsync("buyer@fjord.example");
        var id = await ClaimedRequestAsync();
        await PostOnPageAsync(sales, id, "Approve");
        var firstPdf = await customer.Http.GetByteArrayAsync($"/quotes/{id}/pdf");

        var revised = await PostOnPageAsync(sales, id, "Revise");

        Assert.Equal(HttpStatusCode.Redirect, revised.Status);
        var quote = await QuoteAsync(id);
        Assert.Equal((QuoteStatus.InReview, 2), (quote.Status, quote.Revision));
        Assert.Contains("preparing revision 2", (await customer.GetAsync($"/Customer/Quotes/Details/{id}")).Body);
        Assert.Equal($"We are revising your quote {quote.Number}", Outbox.LatestTo(portal.Factory, Buyer).Subject);
        var acceptOld = await customer.PostAsync($"/Customer/Quotes/Accept/{id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await customer.AntiforgeryTokenAsync($"/Customer/Quotes/Details/{id}"),
            ["Accept.Name"] = "Harper Quinn", ["Accept.Title"] = "CTO", ["Accept.AcceptTerms"] = "true", ["Accept.Revision"] = "1",
        });
        Assert.Equal(HttpStatusCode.Conflict, acceptOld.Status);

        await PriceAsync(sales, id, new()
        {
            ["Pricing.DiscountPercent"] = "6",
            ["Pricing.Configurations[0].Quantity"] = "3",
            ["Pricing.Products[0].Remove"] = "true",
            ["Pricing.AddSku"] = "SVC-SUPPORT-BIZ",
            ["Pricing.AddQuantity"] = "3",
        });
        await PostOnPageAsync(sales, id, "Approve");

        var revisions = await RevisionsAsync(id);
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal(QuoteStatus.Issued, (await QuoteAsync(id)).Status);
        var customerPage = await customer.GetAsync($"/Customer/Quotes/Details/{id}");
        Assert.Contains("2 (current)", customerPage.Text("#revisions-heading + div tbody"));
        var storedFirst = await customer.Http.GetByteArrayAsync($"/quotes/{id}/revisions/1/pdf");
        Assert.Equal(firstPdf, storedFirst);
        Assert.Equal(revisions[0].PdfSha256, Convert.ToHexStringLower(SHA256.HashData(storedFirst)));
        Assert.Equal(revisions[1].Pdf, await customer.Http.GetByteArrayAsync($"/quotes/{id}/pdf"));

        foreach (var who in new[] { customer, sales })
        {
            var comparison = await who.GetAsync($"/quotes/{id}/revisions/compare?from=1&to=2");
            Assert.Equal(HttpStatusCode.OK, comparison.Status);
            var rows = comparison.Document.QuerySelectorAll("#lines-heading + div tbody tr").Select(r => r.TextContent).ToList();
            Assert.Contains(rows, r => r.Contains("Removed") && r.Contains("SVC-INSTALL-RACK"));
            Assert.Contains(rows, r => r.Contains("Added") && r.Contains("SVC-SUPPORT-BIZ"));
            Assert.Contains(rows, r => r.Contains("Changed") && r.Contains("TRN2-RACK-48U") && r.Contains("2 → 3"));
            var total = comparison.Document.QuerySelectorAll("#totals-heading + div table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Total").TextContent;
            Assert.Contains(revisions[1].Total.MinorUnits > revisions[0].Total.MinorUnits ? "+" : "−", total);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/quotes/{id}/revisions/compare?from=1&to=2")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/quotes/{id}/revisions/1/pdf")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/quotes/{id}/revisions/compare?from=1&to=7")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/quotes/{id}/revisions/3/pdf")).Status);
    }

    [SkippableFact]
    public async Task ALineMovedToALaterQuarterDrawsOnThatQuartersSupply()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").ForQuarter(0).ClaimedBy(Sales)
            .WithConfiguration("TRN3-RACK-48U", [("TRN3-SLED-8", 8), ("EFA-SW-51T", 1)], 1).WithProduct("SVC-INSTALL-RACK", 1).SubmitAsync();
        var later = ThisQuarter.Plus(3);
        Assert.Contains("short", (await sales.GetAsync($"/Staff/Quotes/Details/{id}")).Text("#supply-heading + table tbody"));

        var moved = await PriceAsync(sales, id, new() { ["Pricing.Configurations[0].Quarter"] = later.ToString() });
        Assert.True(moved.Status == HttpStatusCode.Redirect, moved.Text("[role=alert]") + moved.Text(".text-danger"));
        var page = await sales.GetAsync($"/Staff/Quotes/Details/{id}");
        Assert.DoesNotContain("short", page.Text("#supply-heading + table tbody"));
        Assert.Contains(later.ToString(), page.Text("#supply-heading + table tbody"));
        var issued = await PostOnPageAsync(sales, id, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        var holds = await portal.Factory.QueryAsync(db => db.QuoteHolds.AsNoTracking().Where(h => h.QuoteId == id).ToListAsync());
        Assert.NotEmpty(holds);
        Assert.All(holds, h => Assert.Equal(later, h.Quarter));
        var install = Assert.Single((await RevisionsAsync(id))[0].Lines, l => l.Sku == "SVC-INSTALL-RACK");
        Assert.Equal(ThisQuarter, install.Quarter);
    }
}

public sealed class QuotePricingOnSqlite(SqlitePortal portal) : QuotePricingTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuotePricingOnPostgreSql(PostgresPortal portal) : QuotePricingTests(portal), IClassFixture<PostgresPortal>;
