using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>Sales approves and issues a request; its PDF is frozen; the customer accepts or declines it.</summary>
public abstract class QuoteIssueTests(PortalFixture portal)
{
    private Task<Quote> QuoteAsync(int id) => portal.Factory.QueryAsync(db => db.Quotes.AsNoTracking().SingleAsync(q => q.Id == id));

    /// <summary>A new request, claimed, approved and issued by sales through the staff pages.</summary>
    private async Task<int> IssuedAsync(PortalClient sales)
    {
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(2).WithProduct("SVC-INSTALL-RACK", 2).SubmitAsync();
        await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Claim/{id}");
        var issued = await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Approve/{id}");
        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        return id;
    }

    private static Task<PortalClient.Page> AcceptAsync(PortalClient customer, int id, IReadOnlyDictionary<string, string> fields) =>
        customer.SubmitAsync($"/Customer/Quotes/Details/{id}", fields, $"/Customer/Quotes/Accept/{id}");

    private static readonly Dictionary<string, string> AValidAcceptance = new()
    {
        ["Accept.Name"] = "Harper Quinn", ["Accept.Title"] = "Head of infrastructure", ["Accept.PurchaseOrder"] = "PO-4711", ["Accept.AcceptTerms"] = "true",
    };

    [SkippableFact]
    public async Task IssuingFreezesThePdfWhichIsServedByteForByteWithItsHash()
    {
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");

        var id = await IssuedAsync(sales);

        var quote = await QuoteAsync(id);
        Assert.Equal(QuoteStatus.Issued, quote.Status);
        Assert.Equal(quote.IssuedUtc!.Value.Date.AddDays(30), quote.ValidUntilUtc!.Value.Date);
        var revision = await portal.Factory.QueryAsync(db => db.QuoteRevisions.AsNoTracking().SingleAsync(r => r.QuoteId == id));
        var first = await customer.Http.GetByteArrayAsync($"/quotes/{id}/pdf");
        var second = await sales.Http.GetByteArrayAsync($"/quotes/{id}/pdf");
        Assert.Equal(first, second);
        Assert.Equal(revision.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(first)));
        using var pdf = PdfArtifacts.Check(first, $"quote-{portal.Provider}-issued");
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.DoesNotContain("DRAFT", text);
        Assert.Contains("Issued", string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.Equal($"Your quote {quote.Number} is ready", Outbox.LatestTo(portal.Factory, "buyer@helios.example").Subject);
        var timeline = (await sales.GetAsync($"/Staff/Quotes/Details/{id}")).Text("ol");
        Assert.Contains("Approved by Sam Sales", timeline);
        Assert.Contains("Issued by Sam Sales", timeline);
    }

    [SkippableFact]
    public async Task TheCustomerAcceptsOnceWithNameTitleAndTheTermsTicked()
    {
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");
        var id = await IssuedAsync(sales);

        var incomplete = await AcceptAsync(customer, id, new Dictionary<string, string> { ["Accept.Name"] = "", ["Accept.Title"] = "" });
        Assert.Equal(HttpStatusCode.OK, incomplete.Status);
        Assert.Equal("Type your full name.", incomplete.FieldMessage("Accept.Name"));
        Assert.Equal("Type your job title.", incomplete.FieldMessage("Accept.Title"));
        Assert.Equal("Tick the box to accept the terms and conditions.", incomplete.FieldMessage("Accept.AcceptTerms"));
        Assert.Equal(QuoteStatus.Issued, (await QuoteAsync(id)).Status);

        var accepted = await AcceptAsync(customer, id, AValidAcceptance);

        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        var quote = await QuoteAsync(id);
        Assert.Equal(QuoteStatus.Accepted, quote.Status);
        Assert.Equal(("Harper Quinn", "Head of infrastructure", "PO-4711", 1), (quote.Acceptance!.Name, quote.Acceptance.Title, quote.Acceptance.PurchaseOrder, quote.Acceptance.Revision));
        Assert.False(string.IsNullOrEmpty(quote.Acceptance.IpAddress));
        Assert.Equal($"Quote {quote.Number} accepted", Outbox.LatestTo(portal.Factory, "sales@northwind.example").Subject);

        var token = await customer.AntiforgeryTokenAsync($"/Customer/Quotes/Details/{id}");
        var again = await customer.PostAsync($"/Customer/Quotes/Accept/{id}",
            new Dictionary<string, string>(AValidAcceptance) { ["__RequestVerificationToken"] = token, ["Accept.Revision"] = "1" });
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("cannot be accepted while it is accepted", again.Body);
    }

    [SkippableFact]
    public async Task AnOldRevisionCannotBeAcceptedAndDecliningNeedsAReason()
    {
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");
        var id = await IssuedAsync(sales);
        var firstRevision = await customer.GetAsync($"/Customer/Quotes/Details/{id}");
        await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Revise/{id}");
        var reissued = await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Approve/{id}");
        Assert.Equal(HttpStatusCode.Redirect, reissued.Status);

        var old = await customer.SubmitAsync(firstRevision, AValidAcceptance, $"/Customer/Quotes/Accept/{id}");
        Assert.Equal(HttpStatusCode.Conflict, old.Status);
        Assert.Contains("has been replaced by revision 2", old.Body);
        Assert.Equal(QuoteStatus.Issued, (await QuoteAsync(id)).Status);

        var empty = await customer.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string> { ["Decline.Reason"] = "" }, $"/Customer/Quotes/Decline/{id}");
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.NotEmpty(empty.FieldMessage("Decline.Reason"));
        var declined = await customer.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string> { ["Decline.Reason"] = "We chose another vendor." },
            $"/Customer/Quotes/Decline/{id}");

        Assert.Equal(HttpStatusCode.Redirect, declined.Status);
        var quote = await QuoteAsync(id);
        Assert.Equal(QuoteStatus.Declined, quote.Status);
        Assert.Contains("We chose another vendor.", Outbox.LatestTo(portal.Factory, "sales@northwind.example").TextBody);
    }

    [SkippableFact]
    public async Task OnlyAClaimedRequestIsIssuedAndCustomersCannotIssue()
    {
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithProduct("SVC-NEURON-ENG", 2).SubmitAsync();
        var token = await sales.AntiforgeryTokenAsync($"/Staff/Quotes/Details/{id}");

        var unclaimed = await sales.PostAsync($"/Staff/Quotes/Approve/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var byCustomer = await customer.PostAsync($"/Staff/Quotes/Approve/{id}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await customer.AntiforgeryTokenAsync($"/Customer/Quotes/Details/{id}") });

        Assert.Equal(HttpStatusCode.Conflict, unclaimed.Status);
        Assert.Contains("cannot be approved while it is submitted", unclaimed.Body);
        Assert.True(byCustomer.Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{byCustomer.Status}");
        Assert.Equal(QuoteStatus.Submitted, (await QuoteAsync(id)).Status);
        Assert.False(await portal.Factory.QueryAsync(db => db.QuoteRevisions.AnyAsync(r => r.QuoteId == id)));
    }
}

public sealed class QuoteIssueOnSqlite(SqlitePortal portal) : QuoteIssueTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuoteIssueOnPostgreSql(PostgresPortal portal) : QuoteIssueTests(portal), IClassFixture<PostgresPortal>;
