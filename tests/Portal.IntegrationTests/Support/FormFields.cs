using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Portal.IntegrationTests.Support;

/// <summary>What a browser would send for a form's fields, read from the page as it came.</summary>
public static class FormFields
{
    public const string Selector = "input[name], select[name], textarea[name]";

    /// <summary>The value a field submits as the page shows it, or null if it submits nothing (an unticked box).</summary>
    public static string? ValueOf(IElement field) => field switch
    {
        IHtmlInputElement { Type: "checkbox" or "radio" } box => box.IsChecked ? box.Value : null,
        IHtmlInputElement text => text.Value,
        IHtmlSelectElement select => select.Value,
        IHtmlTextAreaElement area => area.Value,
        _ => null,
    };
}
