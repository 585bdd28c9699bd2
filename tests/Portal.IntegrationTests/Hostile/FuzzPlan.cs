namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// Chooses what to send after a crawl: each form and each address with a query or an id once per shape (an address with
/// every query parameter its action knows), every whole-form, token and route-id variant of each, every edge of each
/// field's kind (<see cref="EdgeValues"/>, beyond the budget), and as many hostile values per field as fit in the budget
/// (at least <see cref="MinValuesPerField"/>), drawn by a seeded random so that every run sends the same.
/// </summary>
public sealed class FuzzPlan(Random random, int budget, KnownQueries queries)
{
    public const int MinValuesPerField = 6;

    public IReadOnlyList<HostileInput> For(Crawl crawl)
    {
        var targets = crawl.Forms
            .Concat(crawl.Pages.Select(p => p.Url).Concat(crawl.Downloads.Select(d => d.Url)).Select(queries.Address))
            .Where(f => !f.Action.Contains("logout", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(f => f.Shape)
            .Select(f => new FormMutations(f))
            .ToList();
        var fixedInputs = targets.Sum(t => t.OfToken().Count() + t.OfWholeForm().Count() + t.OfRouteIds().Count());
        var fields = targets.Sum(t => t.FieldNames.Count);
        var perField = Math.Clamp((budget - fixedInputs) / Math.Max(fields, 1), MinValuesPerField, HostileValues.ForFields.Count);
        return targets.SelectMany(t => t.OfToken()
                .Concat(t.FieldNames.SelectMany(f => t.OfField(f, HostileValues.ForFields.OrderBy(_ => random.Next()).Take(perField))))
                .Concat(t.OfEdges())
                .Concat(t.OfWholeForm())
                .Concat(t.OfRouteIds()))
            .ToList();
    }
}
