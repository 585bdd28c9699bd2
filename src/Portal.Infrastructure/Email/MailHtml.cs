using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Application.Catalog;

namespace Portal.Infrastructure.Email;

/// <summary>
/// The HTML part of a mail, made from its text: the vendor's name and tagline at the head, a paragraph per paragraph
/// of the text, each way to a page ("Open … in the portal:" and the address on the next line) as a button, and the
/// vendor's address at the foot. Every word of the text is escaped, only http(s) addresses become links, styles are
/// inline (mail readers drop style sheets) and there is no script.
/// </summary>
internal static partial class MailHtml
{
    private const string Ink = "#1f2933";
    private const string Brand = "#0b3d63";

    public static string Of(string subject, string text, VendorProfile vendor)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Escape(subject)).Append("</title></head>")
            .Append($"<body style=\"margin:0;padding:0;background:#f3f5f7;font-family:Arial,Helvetica,sans-serif;color:{Ink};\">")
            .Append("<div style=\"max-width:600px;margin:0 auto;padding:24px 12px;\">")
            .Append($"<div style=\"background:{Brand};color:#ffffff;padding:16px 24px;border-radius:6px 6px 0 0;\">")
            .Append("<div style=\"font-size:18px;font-weight:bold;\">").Append(Escape(vendor.Name)).Append("</div>")
            .Append("<div style=\"font-size:13px;\">").Append(Escape(vendor.Tagline)).Append("</div></div>")
            .Append("<div style=\"background:#ffffff;padding:24px;border:1px solid #d9dee3;border-top:0;border-radius:0 0 6px 6px;font-size:15px;line-height:1.5;\">");
        foreach (var paragraph in Paragraphs(text))
        {
            html.Append(Paragraph(paragraph));
        }
        html.Append("</div><p style=\"font-size:12px;color:#52606d;padding:0 24px;\">")
            .Append(Escape(string.Join(", ", vendor.Address))).Append(" · ").Append(Escape(vendor.Email))
            .Append("</p></div></body></html>");
        return html.ToString();
    }

    private static IEnumerable<string[]> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('\n'));

    private static string Paragraph(string[] lines) =>
        lines is [var label, var url] && label.EndsWith(':') && Address().Match(url).Value == url
            ? $"<p style=\"margin:24px 0;\"><a href=\"{Escape(url)}\" style=\"display:inline-block;background:{Brand};color:#ffffff;padding:10px 20px;border-radius:4px;text-decoration:none;font-weight:bold;\">{Escape(label.TrimEnd(':'))}</a></p>"
            : $"<p style=\"margin:0 0 16px;\">{string.Join("<br>", lines.Select(Linked))}</p>";

    /// <summary>The line escaped, each http(s) address in it a link to itself.</summary>
    private static string Linked(string line)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match address in Address().Matches(line))
        {
            html.Append(Escape(line[at..address.Index]))
                .Append($"<a href=\"{Escape(address.Value)}\" style=\"color:{Brand};\">{Escape(address.Value)}</a>");
            at = address.Index + address.Length;
        }
        return html.Append(Escape(line[at..])).ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Address();
}
