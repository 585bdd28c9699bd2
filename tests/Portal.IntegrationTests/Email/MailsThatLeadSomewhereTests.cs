using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Email;

/// <summary>
/// A mail about a quote names what happened and leads straight to its page (an absolute address that opens for the
/// addressee); it has a plain-text and an HTML part (multipart/alternative); the customer's replies reach the salesperson
/// who owns the quote; the "ready" mail attaches the issued PDF itself, and the deposit mails the deposit's invoice.
/// Sent over a real SMTP conversation.
/// </summary>
public abstract class MailsThatLeadSomewhereTests(DatabaseKind database)
{
    private const string Buyer = "buyer@helios.example";
    private const string Sales = "sales@northwind.example";

    private PortalFactory WithSmtp(SmtpReceiver smtp) => new(database.Create(), new Dictionary<string, string>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:UseStartTls"] = "false",
    });

    [SkippableFact]
    public async Task TheReadyMailAttachesTheIssuedPdfLeadsToTheQuoteAndRepliesToItsSalesperson()
    {
        await using var smtp = new SmtpReceiver();
        using var portal = WithSmtp(smtp);
        var quoteId = await DepositSteps.IssuedQuoteAsync(portal, Buyer, b => b.WithProduct("SVC-NEURON-ENG", 2));
        var number = await portal.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number!).SingleAsync());
        var issuedSha = await portal.QueryAsync(db => db.QuoteRevisions.Where(r => r.QuoteId == quoteId).Select(r => r.PdfSha256).SingleAsync());
        await Outbox.DrainAsync(portal);

        var mail = Received(smtp, Buyer, $"Your quote {number} is ready");

        var parts = Assert.IsAssignableFrom<Multipart>(mail.Body);
        Assert.Equal("multipart/mixed", parts.ContentType.MimeType);
        var alternative = Assert.IsAssignableFrom<Multipart>(parts[0]);
        Assert.Equal("multipart/alternative", alternative.ContentType.MimeType);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal(Sales, Assert.Single(mail.ReplyTo.Mailboxes).Address);
        var link = Outbox.AbsoluteLinkIn(mail);
        Assert.Equal($"http://localhost/Customer/Quotes/Details/{quoteId}", link);
        Assert.Contains($"href=\"{link}\"", mail.HtmlBody);
        Assert.Contains($"Open {number} in the portal", mail.HtmlBody);
        using var customer = await portal.SignedInAsync(Buyer);
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync(link)).Status);
        var pdf = AttachedPdf(mail, $"{number}-rev1.pdf");
        Assert.Equal(issuedSha, Convert.ToHexStringLower(SHA256.HashData(pdf)));
        using var document = PdfArtifacts.Check(pdf, $"ready-mail-{database.Provider}");
        Assert.Contains(number, string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    [SkippableFact]
    public async Task TheDepositMailsAttachItsInvoiceAndLeadToTheQuoteAndTheDeposit()
    {
        await using var smtp = new SmtpReceiver();
        using var portal = WithSmtp(smtp);
        var buyer = await Customers.AddAsync(portal, $"m{Guid.NewGuid():N}"[..10]);
        var (quoteId, deposit) = await DepositSteps.AcceptedQuoteAsync(portal, buyer, b => b.WithTrainium2Racks(2));
        var number = await portal.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number!).SingleAsync());
        using var sales = await portal.SignedInAsync(Sales);
        await sales.SubmitAsync($"/Staff/Deposits/Details/{deposit.Id}", new Dictionary<string, string>
        {
            ["Transfer.Amount"] = deposit.Amount.Major.ToString("0.00", CultureInfo.InvariantCulture),
            ["Transfer.ReceivedOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Transfer.Reference"] = "SEPA-MAIL",
        }, $"/Staff/Deposits/RecordTransfer/{deposit.Id}");
        await Outbox.DrainAsync(portal);
        using var customer = await portal.SignedInAsync(buyer);

        var due = Received(smtp, buyer, $"Deposit of {deposit.Amount} due on {number}");
        var paid = Received(smtp, buyer, $"Deposit received for {number}");

        foreach (var (mail, page) in new[] { (due, $"/Customer/Quotes/Details/{quoteId}"), (paid, $"/Customer/Deposits/Details/{deposit.Id}") })
        {
            Assert.Equal($"http://localhost{page}", Outbox.AbsoluteLinkIn(mail));
            Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync(page)).Status);
            Assert.Equal(Sales, Assert.Single(mail.ReplyTo.Mailboxes).Address);
            Assert.NotNull(mail.HtmlBody);
            using var invoice = PdfArtifacts.Check(AttachedPdf(mail, $"{deposit.Reference}.pdf"), $"deposit-mail-{database.Provider}");
            Assert.Contains($"Deposit invoice {deposit.Reference}", string.Join(" ", invoice.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        }
    }

    [SkippableFact]
    public async Task TheHtmlPartEscapesWhatPeopleWroteAndStaffMailsLeadToTheStaffPage()
    {
        await using var smtp = new SmtpReceiver();
        using var portal = WithSmtp(smtp);
        var quoteId = await new QuoteBuilder(portal, "Helios AI Labs").WithProduct("SVC-NEURON-ENG", 1).ClaimedBy(Sales).SubmitAsync();
        var number = await portal.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number!).SingleAsync());
        using var sales = await portal.SignedInAsync(Sales);
        using var customer = await portal.SignedInAsync(Buyer);
        await sales.SubmitAsync($"/Staff/Quotes/Details/{quoteId}",
            new Dictionary<string, string> { ["Changes.Note"] = "<script>alert('x')</script> & <b>weeks</b>?" }, $"/Staff/Quotes/RequestChanges/{quoteId}");
        await customer.SubmitAsync($"/Customer/Quotes/Details/{quoteId}", new Dictionary<string, string>(), $"/Customer/Quotes/Submit/{quoteId}");
        await Outbox.DrainAsync(portal);

        var changes = Received(smtp, Buyer, $"Changes requested on {number}");
        var resubmitted = Received(smtp, Sales, $"Changed quote request {number} from Helios AI Labs");

        Assert.Contains("<script>alert('x')</script> & <b>weeks</b>?", changes.TextBody);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;weeks&lt;/b&gt;?", changes.HtmlBody);
        Assert.DoesNotContain("<script", changes.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", changes.HtmlBody, StringComparison.Ordinal);
        Assert.Equal($"http://localhost/Staff/Quotes/Details/{quoteId}", Outbox.AbsoluteLinkIn(resubmitted));
        Assert.Equal(HttpStatusCode.OK, (await sales.GetAsync(Outbox.AbsoluteLinkIn(resubmitted))).Status);
        Assert.Equal(Buyer, Assert.Single(resubmitted.ReplyTo.Mailboxes).Address);
    }

    [SkippableFact]
    public async Task AMailWrittenOutsideARequestLinksToTheAddressThePortalListensAt()
    {
        // The demo is written at start, before any request, and no Portal:PublicUrl is set here.
        using var portal = new PortalFactory(database.Create(), new Dictionary<string, string> { ["urls"] = "http://+:5999;http://127.0.0.1:6000" });

        var ready = Outbox.AllTo(portal, Buyer).First(m => m.Subject!.EndsWith(" is ready", StringComparison.Ordinal));

        Assert.StartsWith("http://localhost:5999/Customer/Quotes/Details/", Outbox.AbsoluteLinkIn(ready));
    }

    /// <summary>The one mail to the address with that subject, as it arrived over SMTP.</summary>
    private static MimeMessage Received(SmtpReceiver smtp, string to, string subject) =>
        Assert.Single(smtp.Messages.Select(raw => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)))),
            m => m.Subject == subject && m.To.Mailboxes.Any(b => b.Address == to));

    private static byte[] AttachedPdf(MimeMessage mail, string fileName)
    {
        var part = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal((fileName, "application/pdf"), (part.FileName, part.ContentType.MimeType));
        using var bytes = new MemoryStream();
        part.Content!.DecodeTo(bytes);
        return bytes.ToArray();
    }
}

public sealed class MailsThatLeadSomewhereOnSqlite() : MailsThatLeadSomewhereTests(DatabaseKind.Sqlite);

public sealed class MailsThatLeadSomewhereOnPostgreSql() : MailsThatLeadSomewhereTests(DatabaseKind.Postgres);
