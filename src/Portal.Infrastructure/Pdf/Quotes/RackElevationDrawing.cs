using System.Globalization;
using PdfSharp.Drawing;
using Portal.Application.Configurations;
using Portal.Domain.Configurations;
using Portal.Infrastructure.Pdf.Layout;

namespace Portal.Infrastructure.Pdf.Quotes;

/// <summary>The rack's front view as vector graphics: the frame, a U scale, and each mounted unit in its family's colour.</summary>
internal static class RackElevationDrawing
{
    public const double Width = 150;
    private const double Scale = 18;
    private const double Notch = 8;
    private static readonly TextStyle Label = new(6.5, Color: XColors.White);
    private static readonly TextStyle Tick = new(6, Color: XColor.FromArgb(0x49, 0x50, 0x57));
    private static readonly XPen EmptyPen = new(Colour(ElevationPalette.Empty), 0.5);

    /// <summary>The height of the drawing for a rack, at the given height of one rack unit.</summary>
    public static double HeightOf(RackElevation elevation, double unit) => elevation.ShownU * unit;

    /// <summary>What makes two drawings the same: the rack's height, the scale, and each mounted unit in its place.</summary>
    public static string Key(RackElevation elevation, double unit) => string.Join(';',
        elevation.Slots.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Product.Sku}@{s.FromU}+{s.HeightU}"))
            .Prepend(string.Create(CultureInfo.InvariantCulture, $"{elevation.CapacityU}/{elevation.ShownU}U×{unit}")));

    public static void Draw(PdfCanvas canvas, RackElevation elevation, XPoint topLeft, double unit)
    {
        var graphics = canvas.Graphics;
        var left = topLeft.X + Scale;
        var width = Width - Scale;
        var bottom = topLeft.Y + HeightOf(elevation, unit);
        var rackTop = bottom - elevation.CapacityU * unit;
        graphics.DrawRectangle(new XPen(Colour(ElevationPalette.Frame), 1.2), new XSolidBrush(Colour(ElevationPalette.Empty)), left, rackTop, width, elevation.CapacityU * unit);
        for (var u = 5; u <= elevation.CapacityU; u += 5)
        {
            var y = bottom - u * unit;
            canvas.Text(u.ToString(CultureInfo.InvariantCulture), Tick, new XRect(topLeft.X, y, Scale - 3, unit), XStringFormats.CenterRight);
        }
        foreach (var run in Runs(elevation.Slots))
        {
            foreach (var slot in run)
            {
                var fill = elevation.Overflows(slot) ? ElevationPalette.Overflow : ElevationPalette.Fill(slot.Product.Family);
                graphics.DrawRectangle(new XSolidBrush(Colour(fill)), new XRect(left + 2, bottom - slot.ToU * unit, width - 4, slot.HeightU * unit));
            }
            var box = new XRect(left + 2, bottom - run[^1].ToU * unit + 0.25, width - 4, (run[^1].ToU - run[0].FromU) * unit - 0.5);
            // A gap between products; between units of one product only a notch at the right, clear of the label.
            graphics.DrawRectangle(EmptyPen, box);
            foreach (var slot in run.SkipLast(1))
            {
                graphics.DrawLine(EmptyPen, box.Right - Notch, bottom - slot.ToU * unit, box.Right, bottom - slot.ToU * unit);
            }
            var style = box.Height >= Label.Size + 1 ? Label : Label with { Size = Math.Min(Label.Size, box.Height) };
            var name = run.Count == 1 ? run[0].Product.Name : $"{run.Count} × {run[0].Product.Name}";
            var text = new XRect(box.X + 3, box.Y, box.Width - Notch - 5, box.Height);
            canvas.Text(Fit(canvas, name, text.Width, style), style, text, XStringFormats.CenterLeft);
        }
    }

    /// <summary>
    /// Units of one product mounted one above the other, labelled once: "3 × EFA leaf switch". A single 1 U unit is
    /// labelled too, in a font as high as its box.
    /// </summary>
    private static IEnumerable<List<ElevationSlot>> Runs(IReadOnlyList<ElevationSlot> slots)
    {
        List<ElevationSlot> run = [];
        foreach (var slot in slots)
        {
            if (run.Count > 0 && run[0].Product != slot.Product)
            {
                yield return run;
                run = [];
            }
            run.Add(slot);
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static string Fit(PdfCanvas canvas, string text, double width, TextStyle style)
    {
        if (canvas.Width(text, style) <= width)
        {
            return text;
        }
        var length = text.Length;
        while (length > 1 && canvas.Width(text[..length] + "…", style) > width)
        {
            length--;
        }
        return text[..length] + "…";
    }

    private static XColor Colour(string hex) => XColor.FromArgb(
        Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
}
