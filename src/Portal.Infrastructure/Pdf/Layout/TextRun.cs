namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>A piece of text in one style: a line of an address block, a label, a figure.</summary>
public sealed record TextRun(string Text, TextStyle Style)
{
    public static TextRun Body(string text) => new(text, TextStyle.Body);

    public static TextRun Strong(string text) => new(text, TextStyle.Body with { Bold = true });
}
