using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Pdf;

/// <summary>
/// Racks built alike in several configurations of a quote: the PDF carries each distinct elevation drawing once and
/// places it again, and every configuration's page still shows (and reads back) its labelled drawing.
/// </summary>
public abstract partial class RecurringElevationTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task AnElevationThatRecursIsEmbeddedOnceAndLabelledOnEveryConfiguration()
    {
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs")
            .WithTrainium2Racks(1).WithTrainium2Racks(2).WithTrainium2Racks(3)
            .WithConfiguration("TRN2-RACK-48U", [("TRN2-SRV-16", 2), ("EFA-SW-25T", 1)], 1)
            .SubmitAsync();
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");

        var response = await customer.Http.GetAsync($"/quotes/{id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfArtifacts.Check(bytes, $"recurring-elevation-{portal.Provider}");
        Assert.Equal(2, FormXObject().Matches(Encoding.Latin1.GetString(bytes)).Count);
        // The drawing's labels are the page's only words under 7 pt.
        var labels = pdf.GetPages().SelectMany(page => page.GetWords()).Where(word => word.Letters.All(letter => letter.PointSize < 7))
            .Select(word => word.Text).ToList();
        var text = string.Join(' ', labels);
        Assert.Equal(3, Regex.Count(text, "4 × Trainium2 server, 16 chips"));
        Assert.Equal(1, Regex.Count(text, "2 × Trainium2 server, 16 chips"));
        Assert.Equal(4, Regex.Count(text, "EFA leaf switch, 25.6 Tb/s"));
    }

    [GeneratedRegex(@"/Subtype\s*/Form\b")]
    private static partial Regex FormXObject();
}

public sealed class RecurringElevationOnSqlite(SqlitePortal portal) : RecurringElevationTests(portal), IClassFixture<SqlitePortal>;

public sealed class RecurringElevationOnPostgreSql(PostgresPortal portal) : RecurringElevationTests(portal), IClassFixture<PostgresPortal>;
