using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using Portal.Application.Common;
using Portal.Application.Quotes.Documents;
using Portal.Domain.Organizations;
using Portal.Infrastructure.Pdf.Layout;

namespace Portal.Infrastructure.Pdf.Quotes;

/// <summary>
/// Draws a quote document: the vendor, the customer with its billing address and tax id, where it delivers, each rack
/// configuration with its elevation and facility bill, the line table with its totals and deposit, the customer's
/// notes, the terms and an acceptance block.
/// </summary>
public sealed class QuotePdfRenderer(IOptions<QuotePdfOptions> options, VendorLogo logo, ILogger<QuotePdfRenderer> logger) : IQuotePdfRenderer
{
    private static readonly TextStyle Heading = new(18, Bold: true, XColor.FromArgb(0x14, 0x21, 0x3D));
    private static readonly TextStyle Section = new(12, Bold: true, XColor.FromArgb(0x14, 0x21, 0x3D));
    private static readonly TextStyle Muted = new(9, Color: XColors.DimGray);
    private static readonly TextStyle Warning = new(9, Bold: true, XColor.FromArgb(0xB0, 0x2A, 0x37));
    private static readonly TextStyle Small = new(8);
    private static readonly TextStyle Table = new(8);
    /// <summary>The three blocks under the title (the vendor, the customer and where it delivers), small enough to leave the acceptance on page one.</summary>
    private static readonly TextStyle Parties = new(8.5);
    private const double LogoSize = 40;
    private const double TitleHeight = LogoSize + 12;

    public byte[] Render(QuoteDocument document)
    {
        using var layout = new PdfLayout(options.Value.FontFolder, logger, new PageFrame(
            canvas => Header(canvas, document),
            $"{document.Vendor.Name} · {document.Title}",
            document.IsDraft ? "DRAFT" : null));
        Opening(layout, document);
        if (document.Price.Racks.Count > 0)
        {
            layout.Paragraph("Rack configurations", Section, spaceAfter: 4);
            foreach (var (configuration, index) in document.Price.Racks.Select((c, i) => (c, i + 1)))
            {
                ConfigurationBlock.Add(layout, index, configuration);
            }
        }
        layout.Paragraph("Lines", Section, spaceAfter: 4);
        layout.Table(QuoteLineTable.Columns, QuoteLineTable.Rows(document), Table);
        if (!string.IsNullOrWhiteSpace(document.Notes))
        {
            layout.Paragraph("Notes from the customer", Section, spaceAfter: 4);
            layout.Paragraph(document.Notes, Small, spaceAfter: 10);
        }
        if (document.ExportEvidence.Length > 0)
        {
            layout.Paragraph("Export compliance", Section, spaceAfter: 4);
            foreach (var line in document.ExportEvidence.Split(Environment.NewLine))
            {
                layout.Paragraph(line, Small, spaceAfter: 4);
            }
        }
        Terms(layout, document);
        AcceptanceBlock.Add(layout, document);
        return layout.Finish(document.Title, document.Vendor.Name, $"Quotation for {document.Customer.Name}");
    }

    private static void Header(PdfCanvas canvas, QuoteDocument document)
    {
        var area = canvas.Area;
        canvas.Text(document.Vendor.Name, Muted, area);
        canvas.Text($"{document.Reference} · revision {document.Revision}", Muted, area, XStringFormats.TopRight);
        canvas.Graphics.DrawLine(new XPen(XColor.FromArgb(0xCE, 0xD4, 0xDA), 0.5), area.Left, area.Top + 14, area.Right, area.Top + 14);
    }

    private void Opening(PdfLayout layout, QuoteDocument document)
    {
        layout.KeepTogether(TitleHeight, canvas => Title(canvas, document));
        if (document.IsDraft)
        {
            layout.Paragraph($"Draft for review: {document.Vendor.Name} has not issued this quote yet. Prices, delivery quarters and supply are confirmed, and supply is held, only when it is issued.", Warning, spaceAfter: 6);
        }
        var vendor = document.Vendor;
        var customer = document.Customer;
        layout.Columns(
            [Party("From"), .. vendor.Address.Select(Line), Line(vendor.Email)],
            [Party("For"), Line(customer.Name), .. BillingLines(customer), Line($"Attn. {document.Contact.Name}"), Line(document.Contact.Email),
                Line($"Billing: {customer.BillingEmail}")],
            [Party("Deliver to"), .. SiteLines(document)]);
        layout.Spacer(8);
    }

    private static TextRun Party(string heading) => new(heading, Parties with { Bold = true });

    private static TextRun Line(string text) => new(text, Parties);

    /// <summary>The company's default billing address (its country when it has none) and its tax id.</summary>
    private static IEnumerable<TextRun> BillingLines(Organization customer)
    {
        var address = customer.DefaultBillingAddress is { } billing ? AddressFormat.Lines(billing) : [Countries.NameOf(customer.CountryCode)];
        foreach (var line in address)
        {
            yield return Line(line);
        }
        if (customer.TaxId is { Length: > 0 } taxId)
        {
            yield return Line($"Tax id {taxId}");
        }
    }

    /// <summary>The vendor's logo, and beside it the quote's number, revision and dates.</summary>
    private void Title(PdfCanvas canvas, QuoteDocument document)
    {
        var area = canvas.Area;
        var left = area.X;
        if (logo.Image is { } image)
        {
            using var picture = XImage.FromStream(new MemoryStream(image));
            canvas.Graphics.DrawImage(picture, area.X, area.Y, LogoSize, LogoSize * picture.PixelHeight / picture.PixelWidth);
            left += LogoSize + 12;
        }
        var width = area.Right - left;
        canvas.Text($"Quotation {document.Reference}", Heading, new XRect(left, area.Y + 1, width, Heading.LineHeight));
        var dated = document.IsDraft ? "Prepared" : "Issued";
        canvas.Text($"Revision {document.Revision} · {dated} {PdfFormat.Date(document.Date)} · Valid until {PdfFormat.Date(document.ValidUntil)}",
            Muted, new XRect(left, area.Y + Heading.LineHeight + 2, width, Muted.LineHeight));
    }

    private static IEnumerable<TextRun> SiteLines(QuoteDocument document)
    {
        if (document.Site is { } site)
        {
            yield return Line(site.Name);
            yield return Line($"{site.City}, {Countries.NameOf(site.CountryCode)}");
            yield return Line($"{PdfFormat.Number(site.PowerAvailableKw)} kW available, {site.Cooling.ToString().ToLowerInvariant()} cooling");
        }
        else
        {
            yield return Line("Site not chosen yet");
        }
        yield return Line($"Delivery requested: {document.RequestedQuarter?.ToString() ?? "not chosen yet"}");
    }

    private static void Terms(PdfLayout layout, QuoteDocument document)
    {
        layout.Paragraph("Terms and conditions", Section, spaceAfter: 4);
        foreach (var (condition, index) in document.Vendor.QuoteTerms.Conditions.Select((c, i) => (c, i + 1)))
        {
            layout.Paragraph($"{index}. {condition}", Small, spaceAfter: 2);
        }
        layout.Spacer(10);
    }
}
