using PdfSharp.Drawing;
using Portal.Application.Quotes.Documents;
using Portal.Infrastructure.Pdf.Layout;

namespace Portal.Infrastructure.Pdf.Quotes;

/// <summary>The box the customer signs to accept the quote, kept whole on one page.</summary>
internal static class AcceptanceBlock
{
    private const double Height = 132;
    private const double FieldGap = 16;
    private static readonly TextStyle Title = new(11, Bold: true);
    private static readonly TextStyle Text = new(9);
    private static readonly TextStyle Field = new(8, Color: XColors.DimGray);
    private static readonly XPen Frame = new(XColor.FromArgb(0x14, 0x21, 0x3D), 0.8);
    private static readonly XPen Rule = new(XColor.FromArgb(0x86, 0x8E, 0x96), 0.5);

    public static void Add(PdfLayout layout, QuoteDocument document) => layout.KeepTogether(Height, canvas =>
    {
        var area = canvas.Area;
        canvas.Graphics.DrawRectangle(Frame, area);
        var inner = new XRect(area.X + 12, area.Y + 10, area.Width - 24, area.Height - 20);
        canvas.Text("Acceptance", Title, inner);
        var below = canvas.Paragraph(
            $"{document.Customer.Name} accepts quotation {document.Reference}, revision {document.Revision}, on the terms above, and will pay the deposit of {PdfFormat.Amount(document.Deposit)} on acceptance. It can also be accepted online, on the quote's page in the portal.",
            Text, new XPoint(inner.X, inner.Y + 18), inner.Width);
        var width = (inner.Width - 2 * FieldGap) / 3;
        string[][] fields = [["Name", "Title", "Date"], ["Signature", "Purchase order number"]];
        for (var row = 0; row < fields.Length; row++)
        {
            var y = below + 22 + row * 24;
            for (var column = 0; column < fields[row].Length; column++)
            {
                var x = inner.X + column * (width + FieldGap);
                canvas.Graphics.DrawLine(Rule, x, y, x + width, y);
                canvas.Text(fields[row][column], Field, new XRect(x, y + 2, width, Field.LineHeight));
            }
        }
    });
}
