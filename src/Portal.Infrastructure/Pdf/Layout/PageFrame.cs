namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>What every page carries: a header block, footer text (with "Page x of y" at its right) and an optional watermark.</summary>
public sealed record PageFrame(Action<PdfCanvas>? Header = null, string Footer = "", string? Watermark = null)
{
    public const double HeaderHeight = 30;
}
