using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Portal.Application.Common;

namespace Portal.Web.Common;

/// <summary>
/// The options of a country dropdown, the current one selected (whatever its case), after the options given first
/// ("Choose a country…"): what <c>asp-items</c> with <see cref="Choices.OfCountries"/> renders, but the 250 countries are
/// encoded once per process instead of built as tag builders on every request. Put it inside a <c>select asp-for</c>.
/// </summary>
public sealed class CountryOptions(string? current, IReadOnlyList<(string Value, string Text)> first) : IHtmlContent
{
    private static Encoded? _encoded;

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        foreach (var (value, text) in first)
        {
            writer.Write(Option(value, text, encoder, IsCurrent(value)));
        }
        var encoded = Volatile.Read(ref _encoded) is { } kept && ReferenceEquals(kept.Encoder, encoder) ? kept : Encode(encoder);
        foreach (var (code, option, selected) in encoded.Countries)
        {
            writer.Write(IsCurrent(code) ? selected : option);
        }
    }

    private bool IsCurrent(string value) => string.Equals(value, current, StringComparison.OrdinalIgnoreCase);

    private static Encoded Encode(HtmlEncoder encoder)
    {
        var encoded = new Encoded(encoder, Countries.ByName
            .Select(c => (c.Key, Option(c.Key, c.Value, encoder, selected: false), Option(c.Key, c.Value, encoder, selected: true)))
            .ToList());
        Volatile.Write(ref _encoded, encoded);
        return encoded;
    }

    private static string Option(string value, string text, HtmlEncoder encoder, bool selected) =>
        $"<option{(selected ? " selected=\"selected\"" : string.Empty)} value=\"{encoder.Encode(value)}\">{encoder.Encode(text)}</option>";

    private sealed record Encoded(HtmlEncoder Encoder, IReadOnlyList<(string Code, string Option, string Selected)> Countries);
}
