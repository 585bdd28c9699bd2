using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Common;

namespace Portal.Web.Common;

/// <summary>
/// The options of a filter's dropdown, with the one in force selected: the page model says which, so the view only
/// lists them (<c>&lt;select asp-items="..."&gt;</c>, after its own "all" option).
/// </summary>
public static class Choices
{
    public static IReadOnlyList<SelectListItem> Of<T>(T? current, Func<T, string> text) where T : struct, Enum =>
        Enum.GetValues<T>().Select(value => new SelectListItem(text(value), value.ToString(), value.Equals(current))).ToList();

    /// <summary>Options named by their own value, in the order given.</summary>
    public static IReadOnlyList<SelectListItem> Among(string? current, IEnumerable<string> values) =>
        values.Select(value => new SelectListItem(value, value, value == current)).ToList();

    /// <summary>
    /// Every country by name, after the options given first ("Choose a country…"); the select's <c>asp-for</c> selects
    /// the current one, whatever its case.
    /// </summary>
    public static IReadOnlyList<SelectListItem> OfCountries(params (string Value, string Text)[] first) =>
        [.. first.Select(f => new SelectListItem(f.Text, f.Value)), .. Countries.ByName.Select(c => new SelectListItem(c.Value, c.Key))];

    /// <summary>The same options as <see cref="OfCountries"/>, written ready-encoded inside the select (see <see cref="CountryOptions"/>).</summary>
    public static CountryOptions CountryOptions(string? current, params (string Value, string Text)[] first) => new(current, first);

    /// <summary>Options for the given items, in their order, the one whose value is <paramref name="current"/> selected.</summary>
    public static IReadOnlyList<SelectListItem> Of<T>(IEnumerable<T> items, string? current, Func<T, string> value, Func<T, string> text) =>
        items.Select(item => new SelectListItem(text(item), value(item), value(item) == current)).ToList();
}
