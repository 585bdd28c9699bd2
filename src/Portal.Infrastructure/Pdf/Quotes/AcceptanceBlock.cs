using PdfSharp.Drawing;
using Portal.Application.Quotes.Documents;
using Portal.Infrastructure.Pdf.Layout;

namespace Portal.Infrastructure.Pdf.Quotes;

/// <summary>The box the customer signs to accept the quote, as tall as its statement needs, kept whole on one page.</summary>
internal static class AcceptanceBlock
{
    private const double Padding = 12;
    private const double VerticalPadding = 10;
    private const double TitleSpace = 16;
    private const double FirstRule = 20;
    private const double RowSpace = 22;
    private const double FieldGap = 16;
    private const double MeasuredHeight = 1000;
    private static readonly TextStyle Title = new(11, Bold: true);
    private static readonly TextStyle Text = new(9);
    private static readonly TextStyle Field = new(8, Color: XColors.DimGray);
    private static readonly XPen Frame = new(XColor.FromArgb(0x14, 0x21, 0x3D), 0.8);
    private static readonly XPen Rule = new(XColor.FromArgb(0x86, 0x8E, 0x96), 0.5);
    private static readonly string[][] Fields = [["Name", "Title", "Date"], ["Signature", "Purchase order number"]];

    public static void Add(PdfLayout layout, QuoteDocument document)
    {
        var statement = $"{document.Customer.Name} accepts quotation {document.Reference}, revision {document.Revision}, on the terms above, and will pay the deposit of {PdfFormat.Amount(document.Deposit)} on acceptance. It can also be accepted online, on the quote's page in the portal.";
        layout.KeepTogether(HeightOf(statement, layout.ContentWidth - 2 * Padding), canvas => Draw(canvas, statement));
    }

    /// <summary>The box's height: its title, the statement's wrapped lines and the rows of fields to fill in.</summary>
    private static double HeightOf(string statement, double width)
    {
        using var measure = XGraphics.CreateMeasureContext(new XSize(width, MeasuredHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        var lines = TextWrapper.Wrap(measure, statement, Text.Font, width).Count;
        return 2 * VerticalPadding + TitleSpace + lines * Text.LineHeight + FirstRule + RowSpace * (Fields.Length - 1) + 2 + Field.LineHeight;
    }

    private static void Draw(PdfCanvas canvas, string statement)
    {
        var area = canvas.Area;
        canvas.Graphics.DrawRectangle(Frame, area);
        var inner = new XRect(area.X + Padding, area.Y + VerticalPadding, area.Width - 2 * Padding, area.Height - 2 * VerticalPadding);
        canvas.Text("Acceptance", Title, inner);
        var below = canvas.Paragraph(statement, Text, new XPoint(inner.X, inner.Y + TitleSpace), inner.Width);
        var width = (inner.Width - 2 * FieldGap) / 3;
        for (var row = 0; row < Fields.Length; row++)
        {
            var y = below + FirstRule + row * RowSpace;
            for (var column = 0; column < Fields[row].Length; column++)
            {
                var x = inner.X + column * (width + FieldGap);
                canvas.Graphics.DrawLine(Rule, x, y, x + width, y);
                canvas.Text(Fields[row][column], Field, new XRect(x, y + 2, width, Field.LineHeight));
            }
        }
    }
}
