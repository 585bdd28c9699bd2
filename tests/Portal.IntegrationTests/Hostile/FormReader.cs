using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// Reads the forms of a page, once for each address the form can submit to: its action, each of its buttons'
/// formaction, and each data-*-url its script posts the same fields to (the configurator's live feedback).
/// </summary>
public static class FormReader
{
    public static IEnumerable<CrawledForm> Read(PortalClient.Page page, SameOrigin origin)
    {
        foreach (var form in page.Document.QuerySelectorAll("form"))
        {
            var method = string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase) ? "POST" : "GET";
            var fields = form.QuerySelectorAll(FormFields.Selector).Select(Field).ToList();
            foreach (var action in Actions(form).Select(a => origin.Resolve(page.Url, a ?? page.Url)).OfType<string>().Distinct())
            {
                yield return new CrawledForm(page.Url, method, action, fields);
            }
        }
    }

    private static IEnumerable<string?> Actions(IElement form) =>
        new[] { form.GetAttribute("action") }
            .Concat(form.QuerySelectorAll("[formaction]").Select(b => b.GetAttribute("formaction")))
            .Concat(form.Attributes.Where(a => a.Name.StartsWith("data-", StringComparison.Ordinal) && a.Name.EndsWith("-url", StringComparison.Ordinal))
                .Select(a => a.Value));

    private static FormField Field(IElement field) => field switch
    {
        IHtmlInputElement input => new(input.Name!, input.Type, input.Value, FormFields.ValueOf(field) is not null, []),
        IHtmlSelectElement select => new(select.Name!, "select", select.Value ?? string.Empty, true, select.Options.Select(o => o.Value).ToList()),
        _ => new(field.GetAttribute("name")!, field.LocalName, FormFields.ValueOf(field) ?? string.Empty, true, []),
    };
}
