using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// Drawings that recur in one document (racks built alike in several configurations), each drawn once as a form and
/// placed again wherever it recurs: the PDF carries its paths and labels once.
/// </summary>
public sealed class RecurringDrawings(PdfDocument document, Func<string, string> clean)
{
    /// <summary>Room around the drawing inside its form, so that a stroke on its edge is not clipped.</summary>
    private const double Bleed = 2;

    private readonly Dictionary<string, XForm> _forms = new(StringComparer.Ordinal);

    public void Place(XGraphics graphics, string key, XRect box, Action<PdfCanvas> draw)
    {
        if (!_forms.TryGetValue(key, out var form))
        {
            form = new XForm(document, new XSize(box.Width + 2 * Bleed, box.Height + 2 * Bleed));
            using (var formGraphics = XGraphics.FromForm(form))
            {
                draw(new PdfCanvas(formGraphics, new XRect(Bleed, Bleed, box.Width, box.Height), clean));
            }
            _forms[key] = form;
        }
        graphics.DrawImage(form, box.X - Bleed, box.Y - Bleed);
    }
}
