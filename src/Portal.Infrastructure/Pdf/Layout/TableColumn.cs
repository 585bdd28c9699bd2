using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>A table column: its heading, its share of the width (weights are relative), and how its cells align.</summary>
public sealed record TableColumn(string Header, double Weight = 1, XStringAlignment Alignment = XStringAlignment.Near);
