using System.Globalization;
using System.Text;

namespace Portal.Infrastructure.Seeding;

/// <summary>
/// The floor plan a demo buyer attaches to a message: a one-page PDF of a data hall drawn in lines (two rack rows and
/// the cooling units), written by hand so that it needs no font.
/// </summary>
public static class DemoDrawing
{
    public static byte[] FloorPlan()
    {
        var drawing = new StringBuilder("2 w 60 420 475 360 re S 1 w 0 0 1 RG\n");
        for (var rack = 0; rack < 10; rack++)
        {
            drawing.Append(CultureInfo.InvariantCulture, $"{90 + rack * 42} 680 34 60 re S {90 + rack * 42} 560 34 60 re S\n");
        }
        drawing.Append("0 0.5 0 RG 90 450 120 50 re S 385 450 120 50 re S\n");
        var content = drawing.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}endstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(offset => pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
