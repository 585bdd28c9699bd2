using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hostile;

/// <summary>The fuzzer reads each page's query parameters from the portal's actions, typed, whether or not a link carries them.</summary>
public sealed class KnownQueriesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [SkippableFact]
    public void AnAddressCarriesItsActionsQueryParametersTypedAndOnlyItsOwnAreSent()
    {
        var queries = KnownQueries.Of(portal.Factory.Services);

        var quotes = queries.Address("/Staff/Quotes");
        var export = queries.Address("/Staff/Reports/Export/pipeline?from=2026-01-01");
        var catalog = queries.Address("/catalog");
        var details = queries.Address("/Customer/Quotes/Details/12");

        Assert.Equal(["age", "family", "page", "q", "status"], quotes.Fields.Select(f => f.Name).Order());
        Assert.Equal(("number", false), (quotes.Fields.Single(f => f.Name == "page").Type, quotes.Fields.Single(f => f.Name == "page").Submits));
        Assert.Equal([("from", "date", "2026-01-01", true), ("to", "date", "", false), ("family", "select", "", false)],
            export.Fields.Select(f => (f.Name, f.Type, f.Value, f.Submits)));
        Assert.Equal(FieldKind.Quarter, EdgeValues.KindOf(queries.Address("/Admin/Waitlist").Fields.Single(f => f.Name == "quarter")));
        Assert.Equal(["family", "lifecycle", "q"], catalog.Fields.Select(f => f.Name).Order());
        Assert.Empty(details.Fields);
        Assert.Equal([new("from", "2026-01-01")], Baseline.Of(export));
    }
}
