using System.Text;
using System.Xml.Linq;
using Portal.Application.Catalog.Browse;
using Portal.Domain.Catalog;
using Portal.Web.Catalog;

namespace Portal.UnitTests.Pages;

public sealed class ProductDrawingTests
{
    private static readonly ProductOutline[] Demo =
    [
        new ProductOutline("TRN3-RACK-48U", "Trainium3 rack", ProductFamily.AcceleratorRack, 48, 48),
        new ProductOutline("TRN2-SRV-16", "Trainium2 server", ProductFamily.AcceleratorSled, 5, null),
        new ProductOutline("TRN3-SLED-8", "Trainium3 sled", ProductFamily.AcceleratorSled, 2, null),
        new ProductOutline("GRV4-SRV-1U", "Graviton4 server", ProductFamily.CpuServer, 1, null),
        new ProductOutline("EFA-SW-51T", "Scale-out switch", ProductFamily.NetworkSwitch, 2, null),
        new ProductOutline("STOR-NVME-1U", "Storage node", ProductFamily.Storage, 1, null),
        new ProductOutline("CDU-LIQ-150KW", "Coolant distribution unit", ProductFamily.PowerAndCooling, 4, null),
        new ProductOutline("PDU-3PH-60KW", "PDU", ProductFamily.PowerAndCooling, 0, null),
        new ProductOutline("SVC-INSTALL-RACK", "Installation", ProductFamily.Service, 0, null),
    ];

    public static TheoryData<ProductOutline> Outlines => new(Demo);

    [Theory]
    [MemberData(nameof(Outlines))]
    public void EveryPartLiesInsideTheDrawingAndItIsNamedForScreenReaders(ProductOutline product)
    {
        var drawing = ProductDrawing.Of(product);

        var box = drawing.ViewBox.Split(' ').Select(int.Parse).ToArray();
        Assert.NotEmpty(drawing.Parts);
        Assert.All(drawing.Parts, part =>
        {
            Assert.InRange(part.X, 0, box[2] - part.Width);
            Assert.InRange(part.Y, 0, box[3] - part.Height);
            Assert.True(part.Width > 0 && part.Height > 0);
        });
        Assert.Equal(product.Name, drawing.Title);
        Assert.NotEmpty(drawing.Description);
        Assert.Matches("^drawing-[a-z0-9-]+$", drawing.Id);
    }

    [Fact]
    public void ARackIsDrawnWithEachOfItsUnitsAndAUnitTallerThanTheUnitBelowIt()
    {
        var rack = ProductDrawing.Of(new ProductOutline("R", "Rack", ProductFamily.AcceleratorRack, 48, 48));
        var small = ProductDrawing.Of(new ProductOutline("S", "Rack", ProductFamily.AcceleratorRack, 42, 42));
        var oneU = ProductDrawing.Of(new ProductOutline("SW", "Switch", ProductFamily.NetworkSwitch, 1, null));
        var twoU = ProductDrawing.Of(new ProductOutline("SW2", "Switch", ProductFamily.NetworkSwitch, 2, null));

        Assert.Equal(48 * 2, rack.Parts.Count(p => p is { Width: 6, Height: 6 }));
        Assert.Contains("48 U rack", rack.Description);
        Assert.True(Height(rack) > Height(small));
        Assert.Equal(2 * Height(oneU), Height(twoU));
        Assert.Contains("1 U network switch", oneU.Description);
    }

    [Fact]
    public void EachProductHasItsOwnIdOnAPage() =>
        Assert.Equal(Demo.Length, Demo.Select(product => ProductDrawing.Of(product).Id).Distinct().Count());

    [Fact]
    public void ItsDocumentIsAnSvgThatNamesItselfAndItsVersionFollowsWhatIsDrawn()
    {
        var oneU = ProductDrawing.Of(new ProductOutline("SW", "Switch & co", ProductFamily.NetworkSwitch, 1, null));
        var twoU = ProductDrawing.Of(new ProductOutline("SW", "Switch & co", ProductFamily.NetworkSwitch, 2, null));

        var svg = XDocument.Parse(Encoding.UTF8.GetString(ProductDrawingSvg.Document(oneU))).Root!;

        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Name);
        Assert.Equal(oneU.ViewBox, svg.Attribute("viewBox")?.Value);
        Assert.Equal("Switch & co", svg.Elements().Single(e => e.Attribute("id")?.Value == oneU.TitleId).Value);
        Assert.Equal(oneU.Parts.Count, svg.Elements(XName.Get("rect", "http://www.w3.org/2000/svg")).Count());
        Assert.Equal(oneU.Version, ProductDrawing.Of(new ProductOutline("SW", "Switch & co", ProductFamily.NetworkSwitch, 1, null)).Version);
        Assert.NotEqual(oneU.Version, twoU.Version);
        Assert.Matches("^[0-9a-f]{16}$", oneU.Version);
    }

    private static int Height(ProductDrawing drawing) => int.Parse(drawing.ViewBox.Split(' ')[3]);
}
