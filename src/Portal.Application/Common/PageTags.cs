using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Portal.Domain.Common;

namespace Portal.Application.Common;

/// <summary>
/// The tags under which the kept pages are cached, one for each group a persisted type can be <see cref="ShownOn"/>
/// (an organization's pages one tag per organization), and the tags a saved row retires, as its type declares them.
/// </summary>
public static class PageTags
{
    public const string Catalog = "catalog";
    public const string ReviewQueue = "review-queue";
    public const string Waitlist = "waitlist";

    private static readonly ConcurrentDictionary<Type, Declared> ByType = new();

    public static string OfOrganization(int organizationId) => "organization:" + organizationId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tags of the pages that show <paramref name="row"/>; none for a type that does not say (the framework's own).</summary>
    public static IEnumerable<string> Showing(object row)
    {
        var (pages, organization) = ByType.GetOrAdd(row.GetType(), Declare);
        if (pages.HasFlag(ShownOn.Catalog))
        {
            yield return Catalog;
        }
        if (pages.HasFlag(ShownOn.Waitlists))
        {
            yield return Waitlist;
        }
        if (pages.HasFlag(ShownOn.ReviewQueue))
        {
            yield return ReviewQueue;
        }
        // A new organization has no id yet, and no page of its own to retire.
        if (organization?.GetValue(row) is int id and > 0)
        {
            yield return OfOrganization(id);
        }
    }

    /// <summary>The property named by a type's <see cref="ShownOnAttribute.Organization"/>, if it holds an organization's id.</summary>
    public static PropertyInfo? OrganizationProperty(Type type, ShownOnAttribute shown) =>
        shown.Pages.HasFlag(ShownOn.OwnOrganization) && shown.Organization is { } name
            && type.GetProperty(name) is { } property && (property.PropertyType == typeof(int) || property.PropertyType == typeof(int?))
            ? property
            : null;

    private static Declared Declare(Type type) =>
        type.GetCustomAttribute<ShownOnAttribute>() is { } shown
            ? new Declared(shown.Pages, OrganizationProperty(type, shown))
            : new Declared(ShownOn.NoKeptPage, null);

    private sealed record Declared(ShownOn Pages, PropertyInfo? Organization);
}
