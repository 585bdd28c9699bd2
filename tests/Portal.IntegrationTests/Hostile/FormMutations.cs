namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// The hostile variants of one form, each starting from its <see cref="Baseline"/>: one field at a time replaced, the
/// form as a whole bent (a field left out, every field twice, fields it does not have), its antiforgery token spoilt
/// or missing, and the ids in its address swapped for ones that cannot exist.
/// </summary>
public sealed class FormMutations(CrawledForm form)
{
    private const string SpoiltToken = "CfDJ8-not-a-token";

    private readonly List<KeyValuePair<string, string>> _baseline = Baseline.Of(form);

    /// <summary>The fields a person can change: all but the antiforgery token.</summary>
    public IReadOnlyList<string> FieldNames { get; } =
        form.Fields.Select(f => f.Name).Where(n => n != CrawledForm.TokenField).Distinct().ToList();

    public IEnumerable<HostileInput> OfField(string field, IEnumerable<string> values) =>
        values.Select(value => Input(With(field, value), field, value));

    /// <summary>Each field with every edge of its kind, such as the ends of an int for a number (see <see cref="EdgeValues"/>).</summary>
    public IEnumerable<HostileInput> OfEdges() =>
        FieldNames.SelectMany(name => OfField(name, EdgeValues.For(form.Fields.First(f => f.Name == name))));

    public IEnumerable<HostileInput> OfWholeForm()
    {
        if (FieldNames.Count == 0)
        {
            yield break;
        }
        yield return Input(_baseline.Where(f => f.Key == CrawledForm.TokenField).ToList(), "whole form", "(only the token)");
        foreach (var field in FieldNames)
        {
            yield return Input(_baseline.Where(f => f.Key != field).ToList(), field, "(left out)");
        }
        yield return Input([.. _baseline, .. _baseline], "whole form", "(every field twice)");
        yield return Input([.. _baseline, .. Editable.Select(f => KeyValuePair.Create(f.Key, "' OR 1=1 --"))], "whole form", "(every field twice, the second hostile)");
        yield return Input([.. _baseline, .. UnknownFields()], "whole form", "(fields it does not have)");
    }

    public IEnumerable<HostileInput> OfToken()
    {
        if (!form.IsPost)
        {
            yield break;
        }
        yield return Input(_baseline.Where(f => f.Key != CrawledForm.TokenField).ToList(), "token", "(missing)", expectsBadRequest: true);
        yield return Input(With(CrawledForm.TokenField, SpoiltToken), "token", SpoiltToken, expectsBadRequest: true);
    }

    public IEnumerable<HostileInput> OfRouteIds()
    {
        var segments = form.Action.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!RouteShape.IsId(segments[i]))
            {
                continue;
            }
            foreach (var id in HostileValues.ForIds)
            {
                var address = string.Join('/', segments.Select((s, j) => j == i ? id : s));
                yield return new HostileInput(form.Method, address, _baseline, "route id", id);
            }
        }
    }

    private IEnumerable<KeyValuePair<string, string>> Editable => _baseline.Where(f => f.Key != CrawledForm.TokenField);

    /// <summary>Names no form has, and this form's list fields with an index far out of range.</summary>
    private IEnumerable<KeyValuePair<string, string>> UnknownFields() =>
        HostileValues.UnknownFields
            .Concat(FieldNames.Where(n => n.Contains('[', StringComparison.Ordinal)).SelectMany(n => new[]
            {
                System.Text.RegularExpressions.Regex.Replace(n, @"\[\d+\]", "[99999999]"),
                System.Text.RegularExpressions.Regex.Replace(n, @"\[\d+\]", "[-1]"),
            }))
            .Select(n => KeyValuePair.Create(n, "1"));

    private List<KeyValuePair<string, string>> With(string field, string value)
    {
        var fields = _baseline.Where(f => f.Key != field).ToList();
        fields.Add(KeyValuePair.Create(field, value));
        return fields;
    }

    private HostileInput Input(IReadOnlyList<KeyValuePair<string, string>> fields, string target, string value, bool expectsBadRequest = false) =>
        new(form.Method, form.Action, fields, target, value, expectsBadRequest);
}
