using Portal.Application.Configurations;
using Portal.Domain.Configurations;

namespace Portal.Web.Common;

/// <summary>
/// What the rack elevation's SVG draws, in its own coordinates: the frame, a scale mark every five units, each
/// rack-mounted component (red where it overflows the rack) and the line where the rack ends when it overflows.
/// </summary>
public sealed class ElevationDrawing
{
    private const int Unit = 14, Left = 34, Width = 190, Top = 10;

    public ElevationDrawing(RackBuild build)
    {
        var elevation = new RackElevation(build);
        var height = elevation.ShownU * Unit;
        int YOf(int u) => Top + height - u * Unit;
        ViewBox = $"0 0 {Left + Width + 10} {height + Top * 2}";
        Label = $"Rack elevation: {build.UsedU} of {elevation.CapacityU} U used";
        Frame = new Box(Left, YOf(elevation.CapacityU), Width, elevation.CapacityU * Unit, ElevationPalette.Empty);
        Marks = Enumerable.Range(1, elevation.CapacityU / 5).Select(n => new Mark(Left - 4, YOf(n * 5 - 1) - 3, n * 5)).ToList();
        Slots = elevation.Slots.Select(slot => new Slot(
            new Box(Left + 3, YOf(slot.ToU) + 1, Width - 6, slot.HeightU * Unit - 2,
                elevation.Overflows(slot) ? ElevationPalette.Overflow : ElevationPalette.Fill(slot.Product.Family)),
            Left + 8, YOf(slot.ToU) + slot.HeightU * Unit / 2 + 4, Elevation.Short(slot.Product.Name))).ToList();
        RackEndsAt = build.UsedU > elevation.CapacityU ? YOf(elevation.CapacityU) : null;
        Caption = $"{build.Rack.Name}, front view, bottom up.";
        SideMounted = elevation.SideMounted.Count == 0 ? null
            : $"Side-mounted: {string.Join(", ", elevation.SideMounted.Select(c => $"{c.Quantity} × {c.Product.Name}"))}.";
    }

    public string ViewBox { get; }

    public string Label { get; }

    public Box Frame { get; }

    public IReadOnlyList<Mark> Marks { get; }

    public IReadOnlyList<Slot> Slots { get; }

    /// <summary>Where the dashed line marks the top of the rack, when the components overflow it.</summary>
    public int? RackEndsAt { get; }

    public int LineFrom => Left;

    public int LineTo => Left + Width;

    public string Caption { get; }

    public string? SideMounted { get; }

    public sealed record Box(int X, int Y, int Width, int Height, string Fill);

    public sealed record Mark(int X, int Y, int U);

    public sealed record Slot(Box Box, int TextX, int TextY, string Name);
}
