using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Webhooks;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// The conversation on a quote: the customer's people and the vendor's staff write to each other with files, each
/// message mailed to the other side and raised to the company's webhooks; staff's internal notes reach no customer
/// (page, API, mail, webhook); another company neither reads nor writes; a file that is not what it claims is refused.
/// </summary>
public abstract class QuoteThreadTests(PortalFixture portal)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private PortalFactory Factory => portal.Factory;

    /// <summary>A company of its own with a submitted request and a webhook endpoint for messages; answers its buyer, the quote and the endpoint.</summary>
    private async Task<(string Buyer, int Quote, int Endpoint)> RequestWithEndpointAsync()
    {
        var slug = $"thread{Guid.NewGuid():N}"[..14];
        var buyer = await Customers.AddAsync(Factory, slug);
        var quote = await new QuoteBuilder(Factory, $"{slug} Compute").WithTrainium2Racks(1).SubmitAsync();
        var endpoint = await Factory.QueryAsync(async db =>
        {
            var organization = await db.Users.Where(u => u.Email == buyer).Select(u => u.OrganizationId!.Value).SingleAsync();
            var added = new WebhookEndpoint(organization, new Uri("http://127.0.0.1:9/hooks"), [WebhookEventTypes.QuoteMessagePosted], DateTime.UtcNow);
            db.WebhookEndpoints.Add(added);
            await db.SaveChangesAsync();
            return added.Id;
        });
        return (buyer, quote, endpoint);
    }

    /// <summary>Posts the quote page's message form as a browser does (multipart, with the page's antiforgery token).</summary>
    private static async Task<PortalClient.Page> WriteAsync(PortalClient client, string area, int quote, string text,
        (string Name, byte[] Content)[]? files = null, bool internalNote = false)
    {
        var page = await client.GetAsync($"/{area}/Quotes/Details/{quote}");
        var form = page.Form($"/{area}/Quotes/Write/{quote}");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(text), "Message.Text" },
        };
        if (internalNote)
        {
            body.Add(new StringContent("true"), "Message.Internal");
        }
        foreach (var (name, content) in files ?? [])
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            body.Add(file, "Message.Attachments", name);
        }
        return await PortalClient.Page.ReadAsync(await client.Http.PostAsync($"/{area}/Quotes/Write/{quote}", body));
    }

    private Task<int> MessagesAsync(int quote) => Factory.QueryAsync(db => db.QuoteMessages.CountAsync(m => m.QuoteId == quote));

    [SkippableFact]
    public async Task TheCustomerWritesWithASignedOrderAndSalesReadsItDownloadsItAndHearsOfIt()
    {
        var (buyer, quote, endpoint) = await RequestWithEndpointAsync();
        using var customer = await Factory.SignedInAsync(buyer);

        var sent = await WriteAsync(customer, "Customer", quote, "Our signed purchase order is attached.", [("po-signed.pdf", Pdf)]);

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal($"/Customer/Quotes/Details/{quote}#thread", sent.Location);
        var page = await customer.GetAsync($"/Customer/Quotes/Details/{quote}");
        Assert.Contains("Our signed purchase order is attached.", page.Text("#thread"));
        using var sales = await Factory.SignedInAsync("sales@northwind.example");
        var staffPage = await sales.GetAsync($"/Staff/Quotes/Details/{quote}");
        Assert.Contains("Our signed purchase order is attached.", staffPage.Text("#thread"));
        var link = staffPage.Document.QuerySelector("#thread a[download]")!.GetAttribute("href")!;
        Assert.Equal("po-signed.pdf", staffPage.Document.QuerySelector("#thread a[download]")!.TextContent.Trim());

        using var download = await sales.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        // The buyer's own link to the file works too.
        using var own = await customer.Http.GetAsync(page.Document.QuerySelector("#thread a[download]")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        var mails = await Factory.QueryAsync(db => db.QueuedMails.Where(m => m.Recipient == "sales@northwind.example" && m.TextBody.Contains("Our signed purchase order is attached.")).ToListAsync());
        var mail = Assert.Single(mails);
        Assert.Contains("po-signed.pdf", mail.TextBody);
        var payload = Assert.Single(await Factory.QueryAsync(db => db.WebhookDeliveries.Where(d => d.EndpointId == endpoint && d.EventType == WebhookEventTypes.QuoteMessagePosted).Select(d => d.Payload).ToListAsync()));
        Assert.Contains("Our signed purchase order is attached.", payload);
        Assert.Contains("Message written", page.Text("[aria-labelledby=timeline-heading]"));
    }

    [SkippableFact]
    public async Task SalesAnswersTheBuyerAndKeepsInternalNotesFromThePageTheApiTheMailsAndTheWebhooks()
    {
        var (buyer, quote, endpoint) = await RequestWithEndpointAsync();
        using var sales = await Factory.SignedInAsync("sales@northwind.example");
        Assert.Equal(HttpStatusCode.Redirect, (await WriteAsync(sales, "Staff", quote, "Their credit check is still open.", [("credit.pdf", Pdf)], internalNote: true)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await WriteAsync(sales, "Staff", quote, "We can deliver your two racks in the quarter you asked for.")).Status);

        var staffPage = await sales.GetAsync($"/Staff/Quotes/Details/{quote}");
        Assert.Contains("Their credit check is still open.", staffPage.Text("#thread"));
        Assert.Contains("Internal note", staffPage.Text("#thread"));
        using var customer = await Factory.SignedInAsync(buyer);
        var page = await customer.GetAsync($"/Customer/Quotes/Details/{quote}");
        Assert.Contains("We can deliver your two racks", page.Text("#thread"));
        Assert.DoesNotContain("credit check", page.Body);
        Assert.DoesNotContain("Internal note", page.Body);
        var noteFile = await Factory.QueryAsync(db => db.QuoteMessageAttachments.Where(a => a.FileName == "credit.pdf" && db.QuoteMessages.Any(m => m.Id == a.MessageId && m.QuoteId == quote)).Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await customer.Http.GetAsync($"/Customer/Quotes/Attachment/{quote}?fileId={noteFile}")).StatusCode);

        var api = await ApiCaller.ForAsync(Factory, buyer);
        var messages = await api.JsonAsync(HttpMethod.Get, $"/api/v1/quotes/{quote}/messages");
        Assert.Equal(["We can deliver your two racks in the quarter you asked for."], messages.EnumerateArray().Select(m => m.GetProperty("text").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Get, $"/api/v1/quotes/{quote}/messages/files/{noteFile}")).StatusCode);

        var mails = await Factory.QueryAsync(db => db.QueuedMails.Where(m => m.TextBody.Contains("credit check") || m.TextBody.Contains("deliver your two racks")).Select(m => new { m.Recipient, m.TextBody }).ToListAsync());
        var mail = Assert.Single(mails);
        Assert.Equal(buyer, mail.Recipient);
        var payloads = await Factory.QueryAsync(db => db.WebhookDeliveries.Where(d => d.EndpointId == endpoint).Select(d => d.Payload).ToListAsync());
        Assert.Single(payloads);
        Assert.DoesNotContain("credit", payloads[0]);
        Assert.DoesNotContain("Internal note", page.Text("[aria-labelledby=timeline-heading]"));
    }

    [SkippableFact]
    public async Task AnotherCompanyNeitherReadsNorWritesTheConversation()
    {
        var (buyer, quote, _) = await RequestWithEndpointAsync();
        using (var customer = await Factory.SignedInAsync(buyer))
        {
            await WriteAsync(customer, "Customer", quote, "Site drawing attached.", [("hall.pdf", Pdf)]);
        }
        var file = await Factory.QueryAsync(db => db.QuoteMessageAttachments.Where(a => db.QuoteMessages.Any(m => m.Id == a.MessageId && m.QuoteId == quote)).Select(a => a.Id).SingleAsync());
        var stranger = await Customers.AddAsync(Factory, $"other{Guid.NewGuid():N}"[..13]);
        using var other = await Factory.SignedInAsync(stranger);
        var token = await other.AntiforgeryTokenAsync("/Customer/Sites/Create");

        var posted = await other.PostAsync($"/Customer/Quotes/Write/{quote}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Message.Text"] = "Hello?" });

        Assert.Equal(HttpStatusCode.NotFound, posted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Customer/Quotes/Attachment/{quote}?fileId={file}")).StatusCode);
        var api = await ApiCaller.ForAsync(Factory, stranger);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Get, $"/api/v1/quotes/{quote}/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Get, $"/api/v1/quotes/{quote}/messages/files/{file}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Post, $"/api/v1/quotes/{quote}/messages", new { text = "Hello?" })).StatusCode);
        Assert.Equal(1, await MessagesAsync(quote));
    }

    [SkippableFact]
    public async Task FilesThatAreTooLargeOfAnotherKindOrAWebPageNamedPdfAreRefusedWithAFieldMessage()
    {
        var (buyer, quote, _) = await RequestWithEndpointAsync();
        using var customer = await Factory.SignedInAsync(buyer);
        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(tooLarge, 0);

        var large = await WriteAsync(customer, "Customer", quote, "The full drawing set.", [("drawings.pdf", tooLarge)]);
        var html = await WriteAsync(customer, "Customer", quote, "Our order.", [("order.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"))]);
        var zip = await WriteAsync(customer, "Customer", quote, "Everything zipped.", [("all.zip", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 })]);
        var empty = await WriteAsync(customer, "Customer", quote, "  ");

        Assert.Equal(HttpStatusCode.OK, large.Status);
        Assert.Equal("drawings.pdf is larger than 10 MB; send a smaller file, or split it.", large.FieldMessage("Message.Attachments"));
        Assert.Equal("order.pdf is not a PDF, PNG or JPEG file (judged by its content, not its name).", html.FieldMessage("Message.Attachments"));
        Assert.Equal("all.zip is not a PDF, PNG or JPEG file (judged by its content, not its name).", zip.FieldMessage("Message.Attachments"));
        Assert.Equal("Write a message.", empty.FieldMessage("Message.Text"));
        Assert.Equal("Our order.", html.Document.QuerySelector("textarea[name='Message.Text']")!.TextContent);
        Assert.Equal(0, await MessagesAsync(quote));
    }

    [SkippableFact]
    public async Task AnIntegrationWritesThroughTheApiWithABase64FileAndSalesHearsOfIt()
    {
        var (buyer, quote, endpoint) = await RequestWithEndpointAsync();
        var api = await ApiCaller.ForAsync(Factory, buyer);

        var created = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{quote}/messages",
            new { text = "PO 4711 attached.", attachments = new[] { new { fileName = "po-4711.pdf", content = Convert.ToBase64String(Pdf) } } }, HttpStatusCode.Created);
        var refused = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{quote}/messages",
            new { text = "Page", attachments = new[] { new { fileName = "x.pdf", content = Convert.ToBase64String(Encoding.UTF8.GetBytes("<html></html>")) } } }, HttpStatusCode.BadRequest);

        Assert.False(created.GetProperty("fromStaff").GetBoolean());
        var file = created.GetProperty("attachments")[0];
        Assert.Equal("application/pdf", file.GetProperty("contentType").GetString());
        using var bytes = await api.SendAsync(HttpMethod.Get, file.GetProperty("url").GetString()!);
        Assert.Equal(Pdf, await bytes.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", bytes.Content.Headers.ContentDisposition!.DispositionType);
        Assert.NotEmpty(ApiCaller.ErrorsFor(refused, "attachments"));
        Assert.True(await Factory.QueryAsync(db => db.QueuedMails.AnyAsync(m => m.Recipient == "sales@northwind.example" && m.TextBody.Contains("PO 4711 attached."))));
        Assert.Equal(1, await Factory.QueryAsync(db => db.WebhookDeliveries.CountAsync(d => d.EndpointId == endpoint && d.EventType == WebhookEventTypes.QuoteMessagePosted)));
    }
}

public sealed class QuoteThreadOnSqlite(SqlitePortal portal) : QuoteThreadTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuoteThreadOnPostgreSql(PostgresPortal portal) : QuoteThreadTests(portal), IClassFixture<PostgresPortal>;
