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
    private static readonly TextStyle Label = new(6.5, Color: XColors.White);
    private static readonly TextStyle Tick = new(6, Color: XColor.FromArgb(0x49, 0x50, 0x57));

    /// <summary>The height of the drawing for a rack, at the given height of one rack unit.</summary>
    public static double HeightOf(RackElevation elevation, double unit) => elevation.ShownU * unit;

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
            canvas.Text(u.ToString(System.Globalization.CultureInfo.InvariantCulture), Tick, new XRect(topLeft.X, y, Scale - 3, unit), XStringFormats.CenterRight);
        }
        foreach (var slot in elevation.Slots)
        {
            var fill = elevation.Overflows(slot) ? ElevationPalette.Overflow : ElevationPalette.Fill(slot.Product.Family);
            var box = new XRect(left + 2, bottom - slot.ToU * unit + 0.5, width - 4, slot.HeightU * unit - 1);
            graphics.DrawRectangle(new XSolidBrush(Colour(fill)), box);
            if (box.Height >= Label.Size)
            {
                canvas.Text(Fit(canvas, slot.Product.Name, box.Width - 6), Label, new XRect(box.X + 3, box.Y, box.Width - 6, box.Height), XStringFormats.CenterLeft);
            }
        }
    }

    private static string Fit(PdfCanvas canvas, string text, double width)
    {
        if (canvas.Width(text, Label) <= width)
        {
            return text;
        }
        var length = text.Length;
        while (length > 1 && canvas.Width(text[..length] + "…", Label) > width)
        {
            length--;
        }
        return text[..length] + "…";
    }

    private static XColor Colour(string hex) => XColor.FromArgb(
        Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
}
