using Portal.Application.Configurations;
using Portal.Domain.Catalog;

namespace Portal.Web.Catalog;

/// <summary>
/// The parts of each kind of product drawing. One rack unit is 22 high on a 240 wide front, about a real 19-inch
/// unit's proportions, so that a 1 U switch, a 2 U sled and a 48 U rack look like themselves side by side.
/// </summary>
internal static class ProductFronts
{
    private const int Unit = 22, Face = 240, Ear = 12;
    private const string Dark = "#0b1320", Light = "#e9ecef", Metal = "#6c757d", Lamp = "#7bd389";

    public static (int, int, List<DrawnPart>, string) Rack(int capacityU)
    {
        const int rail = 12, side = 18, top = 30;
        var inside = capacityU * Unit;
        var width = Face + 2 * (rail + side);
        var parts = new List<DrawnPart>
        {
            new(0, 0, width, inside + 2 * top, ElevationPalette.Frame, 6),
            new(side + 2, 10, width - 2 * side - 4, 10, ElevationPalette.Fill(ProductFamily.AcceleratorRack), 2),
            new(side, top, rail, inside, Metal),
            new(width - side - rail, top, rail, inside, Metal),
            new(side + rail, top, Face, inside, "#343a40"),
            new(side + 2, inside + 2 * top, 30, 10, ElevationPalette.Frame),
            new(width - side - 32, inside + 2 * top, 30, 10, ElevationPalette.Frame),
        };
        for (var u = 0; u < capacityU; u++)
        {
            var y = top + u * Unit;
            parts.Add(new(side + 3, y + 8, 6, 6, Dark));
            parts.Add(new(width - side - rail + 3, y + 8, 6, 6, Dark));
            if (u > 0)
            {
                parts.Add(new(side + rail, y, Face, 1, "#495057"));
            }
        }
        return (width, inside + 2 * top + 10, parts, $"Front view of a {capacityU} U rack: its two rails and {capacityU} empty unit slots.");
    }

    public static (int, int, List<DrawnPart>, string) Chassis(ProductFamily family, int heightU)
    {
        var height = heightU * Unit;
        var parts = new List<DrawnPart>
        {
            new(0, 0, Ear, height, ElevationPalette.Frame),
            new(Ear + Face, 0, Ear, height, ElevationPalette.Frame),
            new(Ear, 0, Face, height, ElevationPalette.Fill(family), 2),
        };
        for (var u = 0; u < heightU; u++)
        {
            parts.Add(new(3, u * Unit + 8, 6, 6, Light));
            parts.Add(new(Ear + Face + 3, u * Unit + 8, 6, 6, Light));
        }
        parts.AddRange(family switch
        {
            ProductFamily.AcceleratorSled => Sled(height),
            ProductFamily.NetworkSwitch => Switch(heightU),
            ProductFamily.Storage => Drives(heightU),
            ProductFamily.PowerAndCooling => Fans(height),
            _ => Server(heightU),
        });
        return (Face + 2 * Ear, height, parts, $"Front view of a {heightU} U {Kind(family)}, mounted in a rack.");
    }

    public static (int, int, List<DrawnPart>, string) SideMounted(ProductFamily family)
    {
        var parts = new List<DrawnPart> { new(0, 0, 40, 260, ElevationPalette.Fill(family), 4), new(17, 260, 6, 20, ElevationPalette.Frame) };
        for (var n = 0; n < 9; n++)
        {
            parts.Add(new(13, 20 + n * 26, 14, 14, Dark, 7));
        }
        return (40, 280, parts, $"A side-mounted {Kind(family)}: it takes no rack units.");
    }

    public static (int, int, List<DrawnPart>, string) Service()
    {
        var parts = new List<DrawnPart>
        {
            new(10, 14, 100, 120, ElevationPalette.Fill(ProductFamily.Service), 8),
            new(20, 26, 80, 100, "#ffffff", 3),
            new(40, 6, 40, 18, ElevationPalette.Frame, 4),
        };
        for (var n = 0; n < 3; n++)
        {
            parts.Add(new(28, 40 + n * 28, 12, 12, ElevationPalette.Fill(ProductFamily.Service), 2));
            parts.Add(new(48, 44 + n * 28, 44, 5, Metal, 2));
        }
        return (120, 140, parts, "A service: a checklist of work done for the racks, nothing mounted in them.");
    }

    private static IEnumerable<DrawnPart> Sled(int height)
    {
        yield return new(Ear + 6, 4, 6, height - 8, Light, 2);
        yield return new(Ear + Face - 12, 4, 6, height - 8, Light, 2);
        var rows = Math.Max(1, height / (2 * Unit));
        for (var row = 0; row < rows; row++)
        {
            var y = height * (2 * row + 1) / (2 * rows) - 8;
            for (var n = 0; n < 8; n++)
            {
                yield return new(Ear + 24 + n * 24, y, 16, 16, "#c9d6ea", 2);
                yield return new(Ear + 28 + n * 24, y + 4, 8, 8, Dark);
            }
        }
    }

    private static IEnumerable<DrawnPart> Switch(int heightU)
    {
        for (var u = 0; u < heightU; u++)
        {
            for (var n = 0; n < 24; n++)
            {
                yield return new(Ear + 10 + n * 8, u * Unit + 4, 7, 6, Dark);
                yield return new(Ear + 10 + n * 8, u * Unit + 12, 7, 6, Dark);
            }
            yield return new(Ear + 210, u * Unit + 5, 10, 12, Light, 1);
            yield return new(Ear + 224, u * Unit + 5, 10, 12, Light, 1);
        }
    }

    private static IEnumerable<DrawnPart> Drives(int heightU)
    {
        for (var u = 0; u < heightU; u++)
        {
            for (var n = 0; n < 10; n++)
            {
                yield return new(Ear + 10 + n * 22, u * Unit + 3, 18, 16, Light, 1);
                yield return new(Ear + 23 + n * 22, u * Unit + 5, 3, 3, Lamp);
            }
        }
    }

    private static IEnumerable<DrawnPart> Server(int heightU)
    {
        for (var u = 0; u < heightU; u++)
        {
            for (var n = 0; n < 4; n++)
            {
                yield return new(Ear + 10 + n * 26, u * Unit + 4, 22, 14, Light, 1);
            }
            for (var n = 0; n < 6; n++)
            {
                yield return new(Ear + 130 + n * 14, u * Unit + 4, 8, 14, Dark, 1);
            }
        }
        yield return new(Ear + Face - 16, 8, 6, 6, Lamp, 3);
    }

    private static IEnumerable<DrawnPart> Fans(int height)
    {
        var size = Math.Min(height - 12, 64);
        for (var n = 0; n < 3; n++)
        {
            var x = Ear + Face * (2 * n + 1) / 6 - size / 2;
            yield return new(x, (height - size) / 2, size, size, Dark, size / 2);
            yield return new(x + size / 2 - 8, height / 2 - 8, 16, 16, Metal, 8);
        }
    }

    private static string Kind(ProductFamily family) => family switch
    {
        ProductFamily.AcceleratorSled => "accelerator sled with its accelerator modules",
        ProductFamily.NetworkSwitch => "network switch with its ports",
        ProductFamily.Storage => "storage node with its drive bays",
        ProductFamily.PowerAndCooling => "power and cooling unit",
        _ => "server with its drive bays",
    };
}
