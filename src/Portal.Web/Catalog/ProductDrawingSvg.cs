using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Portal.Web.Catalog;

/// <summary>
/// A product's drawing as an SVG document of its own, which the catalog and product pages show as an image: a page
/// carries a short tag instead of the drawing, and a browser fetches each drawing once. Its address is versioned by a
/// hash of the document, so a browser may keep it for a year: a product drawn differently gets a new address, and an
/// unchanged one stays kept whatever else in the catalog changes.
/// </summary>
public static class ProductDrawingSvg
{
    public const string ContentType = "image/svg+xml";

    /// <summary>For the address of the drawing's current version: it never changes.</summary>
    public const string KeptForAYear = "public, max-age=31536000, immutable";

    /// <summary>For an address without the current version (an old page's): kept, but asked again each time with its ETag.</summary>
    public const string AskedAgain = "public, no-cache";

    private const string Namespace = "http://www.w3.org/2000/svg";
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true };

    /// <summary>The document: its title and description name it to screen readers when it is opened on its own.</summary>
    public static byte[] Document(ProductDrawing drawing)
    {
        using var output = new MemoryStream();
        using (var svg = XmlWriter.Create(output, Settings))
        {
            svg.WriteStartElement("svg", Namespace);
            svg.WriteAttributeString("viewBox", drawing.ViewBox);
            svg.WriteAttributeString("role", "img");
            svg.WriteAttributeString("aria-labelledby", $"{drawing.TitleId} {drawing.DescriptionId}");
            Text(svg, "title", drawing.TitleId, drawing.Title);
            Text(svg, "desc", drawing.DescriptionId, drawing.Description);
            foreach (var part in drawing.Parts)
            {
                svg.WriteStartElement("rect", Namespace);
                Number(svg, "x", part.X);
                Number(svg, "y", part.Y);
                Number(svg, "width", part.Width);
                Number(svg, "height", part.Height);
                if (part.Round > 0)
                {
                    Number(svg, "rx", part.Round);
                }
                svg.WriteAttributeString("fill", part.Fill);
                svg.WriteEndElement();
            }
            svg.WriteEndElement();
        }
        return output.ToArray();
    }

    /// <summary>The version of a document: the first 8 bytes of its SHA-256, in hex.</summary>
    public static string VersionOf(byte[] document) => Convert.ToHexStringLower(SHA256.HashData(document).AsSpan(0, 8));

    /// <summary>
    /// The drawing as a file: kept for a year when asked at its current version, otherwise asked again each time; an
    /// ETag that matches answers 304.
    /// </summary>
    public static FileContentResult Answer(ProductDrawing drawing, string? askedVersion, HttpResponse response)
    {
        var document = Document(drawing);
        var version = VersionOf(document);
        response.Headers.CacheControl = askedVersion == version ? KeptForAYear : AskedAgain;
        return new FileContentResult(document, ContentType) { EntityTag = new EntityTagHeaderValue($"\"{version}\"") };
    }

    private static void Text(XmlWriter svg, string element, string id, string text)
    {
        svg.WriteStartElement(element, Namespace);
        svg.WriteAttributeString("id", id);
        svg.WriteString(text);
        svg.WriteEndElement();
    }

    private static void Number(XmlWriter svg, string attribute, int value) =>
        svg.WriteAttributeString(attribute, value.ToString(CultureInfo.InvariantCulture));
}
