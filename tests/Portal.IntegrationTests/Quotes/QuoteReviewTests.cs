using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>Sales works the queue: claims a request, sends it back for changes, rejects it; the customer answers or cancels.</summary>
public abstract class QuoteReviewTests(PortalFixture portal)
{
    private Task<int> NewRequestAsync() =>
        new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(2).WithProduct("SVC-INSTALL-RACK", 2).SubmitAsync();

    private Task<Quote> QuoteAsync(int id) => portal.Factory.QueryAsync(db => db.Quotes.AsNoTracking().SingleAsync(q => q.Id == id));

    private static Task<PortalClient.Page> DecideAsync(PortalClient sales, int id, string action, string prefix, string note) =>
        sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string> { [$"{prefix}.Note"] = note }, $"/Staff/Quotes/{action}/{id}");

    private static Task<PortalClient.Page> ClaimAsync(PortalClient sales, int id) =>
        sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Claim/{id}");

    [SkippableFact]
    public async Task SalesClaimsARequestAndTheQueueShowsWhoWorksOnIt()
    {
        var id = await NewRequestAsync();
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        var number = (await QuoteAsync(id)).Number;
        var before = await sales.GetAsync($"/Staff/Quotes?q={number}");
        Assert.Contains("—", before.Text("tbody tr"));

        var claimed = await ClaimAsync(sales, id);

        Assert.Equal(HttpStatusCode.Redirect, claimed.Status);
        var quote = await QuoteAsync(id);
        Assert.Equal(QuoteStatus.InReview, quote.Status);
        // The queue page is output-cached per user; the claim's save drops it.
        var queue = await sales.GetAsync($"/Staff/Quotes?q={quote.Number}");
        var row = queue.Text("tbody tr");
        Assert.Contains("Sam Sales", row);
        Assert.Contains("In review", row);
        Assert.Contains("of 2 days", row);
        var page = await sales.GetAsync($"/Staff/Quotes/Details/{id}");
        Assert.Contains("Claimed by Sam Sales", page.Body);
        Assert.Null(page.Document.QuerySelector($"form[action='/Staff/Quotes/Claim/{id}']"));
    }

    [SkippableFact]
    public async Task SalesSendsARequestBackAndTheCustomerChangesAndResubmitsIt()
    {
        var id = await NewRequestAsync();
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");
        await ClaimAsync(sales, id);

        var empty = await DecideAsync(sales, id, "RequestChanges", "Changes", "  ");
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("Tell the customer why, in a sentence or two.", empty.FieldMessage("Changes.Note"));
        Assert.Equal(QuoteStatus.InReview, (await QuoteAsync(id)).Status);

        var sent = await DecideAsync(sales, id, "RequestChanges", "Changes", "Please add enterprise support for both racks.");

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var quote = await QuoteAsync(id);
        Assert.Equal(QuoteStatus.ChangesRequested, quote.Status);
        var mail = Outbox.LatestTo(portal.Factory, "buyer@helios.example");
        Assert.Equal($"Changes requested on {quote.Number}", mail.Subject);
        Assert.Contains("Please add enterprise support for both racks.", mail.TextBody);
        var page = await customer.GetAsync($"/Customer/Quotes/Details/{id}");
        Assert.Contains("Please add enterprise support for both racks.", page.Text(".alert-warning"));

        var added = await customer.SubmitAsync($"/Customer/Quotes/Details/{id}",
            new Dictionary<string, string> { ["NewProduct.Sku"] = "SVC-SUPPORT-ENT", ["NewProduct.Quantity"] = "2" }, $"/Customer/Quotes/AddProduct/{id}");
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var resubmitted = await customer.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Customer/Quotes/Submit/{id}");

        Assert.Equal(HttpStatusCode.Redirect, resubmitted.Status);
        var after = await portal.Factory.QueryAsync(db => db.Quotes.Include(q => q.Products).AsNoTracking().SingleAsync(q => q.Id == id));
        Assert.Equal(QuoteStatus.Submitted, after.Status);
        Assert.Equal(quote.Number, after.Number);
        Assert.Equal(2, after.Products.Count);
        Assert.Equal($"Changed quote request {quote.Number} from Helios AI Labs", Outbox.LatestTo(portal.Factory, "sales@northwind.example").Subject);
    }

    [SkippableFact]
    public async Task ARejectionNeedsAReasonEndsTheRequestAndAnotherDecisionIsRefusedClearly()
    {
        var id = await NewRequestAsync();
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");

        var rejected = await DecideAsync(sales, id, "Reject", "Rejection", "We cannot deliver to this site this year.");

        Assert.Equal(HttpStatusCode.Redirect, rejected.Status);
        var quote = await QuoteAsync(id);
        Assert.Equal(QuoteStatus.Rejected, quote.Status);
        Assert.Contains("We cannot deliver to this site this year.", Outbox.LatestTo(portal.Factory, "buyer@helios.example").TextBody);
        var token = await sales.AntiforgeryTokenAsync($"/Staff/Quotes/Details/{id}");
        var again = await sales.PostAsync($"/Staff/Quotes/Claim/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains($"{quote.Number} cannot be claimed while it is rejected.", again.Body);
        Assert.Equal(QuoteStatus.Rejected, (await QuoteAsync(id)).Status);
    }

    [SkippableFact]
    public async Task TheCustomerCancelsAnOpenRequestAndSalesIsTold()
    {
        var id = await NewRequestAsync();
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");
        using var fjord = await portal.Factory.SignedInAsync("buyer@fjord.example");

        var foreign = await fjord.PostAsync($"/Customer/Quotes/Cancel/{id}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await fjord.AntiforgeryTokenAsync("/Customer/Quotes") });
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);

        var cancelled = await customer.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Customer/Quotes/Cancel/{id}");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        var quote = await QuoteAsync(id);
        Assert.Equal(QuoteStatus.Cancelled, quote.Status);
        Assert.Equal($"Quote request {quote.Number} cancelled by the customer", Outbox.LatestTo(portal.Factory, "sales@northwind.example").Subject);
        var page = await customer.GetAsync($"/Customer/Quotes/Details/{id}");
        Assert.Null(page.Document.QuerySelector($"form[action='/Customer/Quotes/Cancel/{id}']"));
        Assert.Null(page.Document.QuerySelector($"form[action='/Customer/Quotes/Submit/{id}']"));
    }

    [SkippableFact]
    public async Task OfTwoStaffDecidingOnTheSamePageTheSecondIsToldAndTheFirstDecisionStands()
    {
        var id = await NewRequestAsync();
        using var sam = await portal.Factory.SignedInAsync("sales@northwind.example");
        using var avery = await portal.Factory.SignedInAsync("admin@northwind.example");
        await ClaimAsync(sam, id);
        var samsPage = await sam.GetAsync($"/Staff/Quotes/Details/{id}");
        var averysPage = await avery.GetAsync($"/Staff/Quotes/Details/{id}");

        var first = await sam.SubmitAsync(samsPage, new Dictionary<string, string> { ["Rejection.Note"] = "Out of supply this year." }, $"/Staff/Quotes/Reject/{id}");
        var second = await avery.SubmitAsync(averysPage, new Dictionary<string, string> { ["Changes.Note"] = "Please add support." }, $"/Staff/Quotes/RequestChanges/{id}");
        var takeOver = await avery.SubmitAsync(averysPage, new Dictionary<string, string>(), $"/Staff/Quotes/Claim/{id}");

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains("changed while you were looking at it; it is now rejected", second.Body);
        Assert.Equal(HttpStatusCode.Conflict, takeOver.Status);
        var quote = await QuoteAsync(id);
        Assert.Equal(QuoteStatus.Rejected, quote.Status);
        var sams = await portal.Factory.QueryAsync(db => db.Users.Where(u => u.Email == "sales@northwind.example").Select(u => u.Id).SingleAsync());
        Assert.Equal(sams, quote.ClaimedById);
        Assert.Contains("Out of supply this year.", Outbox.LatestTo(portal.Factory, "buyer@helios.example").TextBody);
    }

    [SkippableFact]
    public async Task TheQueueFiltersByStatusCustomerFamilyAndAge()
    {
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");

        var late = await sales.GetAsync("/Staff/Quotes?age=OverTarget&status=InReview");
        var racks = await sales.GetAsync("/Staff/Quotes?family=AcceleratorRack&q=fjord");
        var storage = await sales.GetAsync("/Staff/Quotes?family=Storage&status=ChangesRequested");
        var nothing = await sales.GetAsync("/Staff/Quotes?q=no-such-customer");

        var lateRow = Assert.Single(late.Document.QuerySelectorAll("tbody tr"));
        Assert.Contains("Fjord Compute AS", lateRow.TextContent);
        Assert.NotNull(lateRow.QuerySelector(".text-danger"));
        Assert.All(racks.Document.QuerySelectorAll("tbody tr"), r => Assert.Contains("Fjord Compute AS", r.TextContent));
        Assert.Contains("Helios AI Labs", Assert.Single(storage.Document.QuerySelectorAll("tbody tr")).TextContent);
        Assert.Contains("match these filters", nothing.Body);
    }
}

public sealed class QuoteReviewOnSqlite(SqlitePortal portal) : QuoteReviewTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuoteReviewOnPostgreSql(PostgresPortal portal) : QuoteReviewTests(portal), IClassFixture<PostgresPortal>;
