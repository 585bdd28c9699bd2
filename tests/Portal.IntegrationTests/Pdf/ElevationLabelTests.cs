using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Pdf;

/// <summary>The rack elevation in a quote's PDF names every unit it draws, a 1 U one as well as a 5 U one.</summary>
public abstract class ElevationLabelTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task EachUnitOfTheElevationIsLabelledAndOneUUnitsOfOneProductOnceWithTheirCount()
    {
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(1).SubmitAsync();
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");

        var response = await customer.Http.GetAsync($"/quotes/{id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfArtifacts.Check(await response.Content.ReadAsByteArrayAsync(), $"elevation-labels-{portal.Provider}");
        // The drawing's labels are the page's only words under 7 pt (the ticks are numbers, the text beside it is 9 pt).
        var labels = string.Join(' ', pdf.GetPages().SelectMany(page => page.GetWords())
            .Where(word => word.Letters.All(letter => letter.PointSize < 7)).Select(word => word.Text));
        Assert.Contains("4 × Trainium2 server, 16 chips", labels);
        Assert.Contains("EFA leaf switch, 25.6 Tb/s", labels);
        Assert.Contains("2 × NVMe storage node, 245 TB", labels);
    }
}

public sealed class ElevationLabelsOnSqlite(SqlitePortal portal) : ElevationLabelTests(portal), IClassFixture<SqlitePortal>;

public sealed class ElevationLabelsOnPostgreSql(PostgresPortal portal) : ElevationLabelTests(portal), IClassFixture<PostgresPortal>;
