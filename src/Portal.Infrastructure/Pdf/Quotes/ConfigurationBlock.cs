using System.Globalization;
using PdfSharp.Drawing;
using Portal.Application.Quotes.Pricing;
using Portal.Domain.Configurations;
using Portal.Infrastructure.Pdf.Layout;

namespace Portal.Infrastructure.Pdf.Quotes;

/// <summary>One rack configuration on one page: its title, the elevation drawing, what each rack holds and its facility bill.</summary>
internal static class ConfigurationBlock
{
    private const double Unit = 5;
    private const double TitleHeight = 20;
    private const double TextLeft = RackElevationDrawing.Width + 24;
    private static readonly TextStyle Title = new(11, Bold: true);
    private static readonly TextStyle Text = new(9);
    private static readonly TextStyle Label = new(9, Bold: true);
    private static readonly TextStyle Caption = new(7.5, Color: XColors.DimGray);

    public static void Add(PdfLayout layout, int number, RackPrice configuration)
    {
        var rack = configuration.Build;
        var racks = configuration.Rack.RackCount;
        var elevation = new RackElevation(rack);
        var lines = Describe(rack, racks);
        var drawingHeight = RackElevationDrawing.HeightOf(elevation, Unit) + Caption.LineHeight + 4;
        var height = TitleHeight + Math.Max(drawingHeight, lines.Count * Text.LineHeight) + 14;
        layout.KeepTogether(height, canvas =>
        {
            var area = canvas.Area;
            canvas.Text($"Configuration {number}: {racks} × {rack.Rack.Name}", Title, new XRect(area.X, area.Y, area.Width, TitleHeight));
            var top = area.Y + TitleHeight;
            var drawing = new XRect(area.X, top, RackElevationDrawing.Width, RackElevationDrawing.HeightOf(elevation, Unit));
            canvas.Recurring(RackElevationDrawing.Key(elevation, Unit), drawing, c => RackElevationDrawing.Draw(c, elevation, c.Area.TopLeft, Unit));
            canvas.Text("Front view, bottom up", Caption,
                new XRect(area.X, top + RackElevationDrawing.HeightOf(elevation, Unit) + 3, RackElevationDrawing.Width, Caption.LineHeight), XStringFormats.TopCenter);
            var y = top;
            foreach (var (text, style, indent) in lines)
            {
                canvas.Text(text, style, new XRect(area.X + TextLeft + indent, y, area.Width - TextLeft - indent, style.LineHeight));
                y += style.LineHeight;
            }
        });
    }

    /// <summary>The text beside the drawing: what each rack holds, then the facility bill per rack and for all racks.</summary>
    private static List<(string Text, TextStyle Style, double Indent)> Describe(RackBuild rack, int racks)
    {
        var bill = rack.FacilityBill;
        var all = racks == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $"; {racks} racks: ");
        var lines = new List<(string, TextStyle, double)> { ($"Each rack holds ({rack.Rack.Sku})", Label, 0) };
        lines.AddRange(rack.Components.Select(c =>
            ($"{c.Quantity} × {c.Product.Name} ({c.Product.Sku}){(c.Product.HeightU == 0 ? ", side-mounted" : "")}", Text, 8d)));
        lines.Add((string.Empty, Text, 0));
        lines.Add(("Facility bill, per rack" + (racks == 1 ? "" : $" and for all {racks}"), Label, 0));
        lines.Add(($"Power: {PdfFormat.Power(bill, 1)}{(racks == 1 ? "" : all + PdfFormat.Power(bill, racks))}", Text, 8));
        lines.Add(($"Cooling: {bill.Cooling}", Text, 8));
        lines.Add(($"Rack units: {bill.UsedU} of {bill.CapacityU} U used", Text, 8));
        lines.Add(($"Weight: {PdfFormat.Number(bill.WeightKg)} kg{(racks == 1 ? "" : all + PdfFormat.Number(bill.WeightKg * racks) + " kg")}", Text, 8));
        return lines;
    }
}
