using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// The query parameters of each page, read from the portal's own GET actions: those its links and forms carry and those
/// they do not (a page number, a filter), each typed as the action reads it, so that every one gets the edges of its type.
/// </summary>
public sealed class KnownQueries(IReadOnlyList<KnownQueries.Action> actions)
{
    /// <summary>A GET action: the paths that reach it and the query parameters it binds, as fields of a form.</summary>
    public sealed record Action(Regex Path, IReadOnlyList<FormField> Parameters);

    public static KnownQueries Of(IServiceProvider services) => new(
        services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(a => AnswersGet(a) && a.AttributeRouteInfo?.Template?.StartsWith("api/", StringComparison.Ordinal) != true)
            .Select(a => new Action(PathOf(a), QueryOf(a).ToList()))
            .Where(a => a.Parameters.Count > 0)
            .ToList());

    /// <summary>How many GET actions take query parameters.</summary>
    public int Count => actions.Count;

    /// <summary>An address as the GET form that leads to it: its query's parameters and its action's others (sent only when fuzzed).</summary>
    public CrawledForm Address(string url)
    {
        var address = CrawledForm.OfAddress(url);
        var path = RouteShape.Split(url).Path;
        var known = actions.Where(a => a.Path.IsMatch(path)).SelectMany(a => a.Parameters).DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var carried = address.Fields
            .Select(f => known.FirstOrDefault(k => string.Equals(k.Name, f.Name, StringComparison.OrdinalIgnoreCase)) is { } k ? k with { Name = f.Name, Value = f.Value, Submits = true } : f);
        var left = known.Where(k => !address.Fields.Any(f => string.Equals(f.Name, k.Name, StringComparison.OrdinalIgnoreCase)));
        return address with { Fields = [.. carried, .. left] };
    }

    private static bool AnswersGet(ActionDescriptor action) =>
        action.ActionConstraints?.OfType<HttpMethodActionConstraint>().All(c => c.HttpMethods.Contains("GET")) ?? true;

    /// <summary>The paths of an attribute route, or of the conventional routes ("{area}/{controller=Home}/{action=Index}/{id?}").</summary>
    private static Regex PathOf(ControllerActionDescriptor action)
    {
        if (action.AttributeRouteInfo?.Template is { } template)
        {
            return Pattern([template.Split('/')]);
        }
        string[] area = action.RouteValues.TryGetValue("area", out var a) && a is not null ? [a] : [];
        var (controller, name) = (action.ControllerName, action.ActionName);
        List<string[]> paths = [[.. area, controller, name, "{id?}"]];
        if (name == "Index")
        {
            paths.Add([.. area, controller]);
            if (controller == "Home")
            {
                paths.Add(area);
            }
        }
        return Pattern(paths);
    }

    private static Regex Pattern(IEnumerable<string[]> paths) => new(
        string.Join('|', paths.Select(segments => "^" + string.Concat(segments.Select(Segment)) + "/?$")),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Segment(string segment) => segment.StartsWith('{')
        ? segment.EndsWith("?}", StringComparison.Ordinal) ? "(/[^/]+)?" : "/[^/]+"
        : "/" + Regex.Escape(segment);

    /// <summary>The parameters bound from the query: simple ones by name, a form model's properties under its prefix.</summary>
    private static IEnumerable<FormField> QueryOf(ControllerActionDescriptor action)
    {
        var routed = action.AttributeRouteInfo?.Template is { } template
            ? Regex.Matches(template, @"\{(\w+)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(["id"], StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in action.Parameters.Where(p => !routed.Contains(p.Name) && IsFromQuery(p.BindingInfo?.BindingSource)))
        {
            if (FieldOf(parameter.Name, parameter.ParameterType) is { } field)
            {
                yield return field;
                continue;
            }
            var prefix = parameter.BindingInfo?.BinderModelName is { Length: > 0 } name ? name + "." : "";
            foreach (var property in parameter.ParameterType.GetProperties().Where(p => p.CanWrite))
            {
                if (FieldOf(prefix + property.Name, property.PropertyType) is { } nested)
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsFromQuery(BindingSource? source) =>
        source is null || source == BindingSource.Query || source == BindingSource.ModelBinding;

    /// <summary>A field of the parameter's kind, not sent unless fuzzed; null for a type that is not a single value.</summary>
    private static FormField? FieldOf(string name, Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        (string? Input, string[] Options) kind = plain switch
        {
            _ when plain.IsEnum => ("select", Enum.GetNames(plain)),
            _ when plain == typeof(bool) => ("select", ["true", "false"]),
            _ when plain == typeof(DateOnly) || plain == typeof(DateTime) || plain == typeof(DateTimeOffset) => ("date", []),
            _ when plain == typeof(decimal) || plain == typeof(double) || (plain.IsPrimitive && plain != typeof(char)) => ("number", []),
            _ when plain == typeof(string) || plain == typeof(Guid) => ("text", []),
            _ => (null, []),
        };
        return kind.Input is null ? null : new FormField(name, kind.Input, "", false, kind.Options);
    }
}
