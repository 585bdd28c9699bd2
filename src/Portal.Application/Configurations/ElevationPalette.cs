using Portal.Domain.Catalog;

namespace Portal.Application.Configurations;

/// <summary>The colours of the rack elevation drawing, the same on the web page and in the PDF.</summary>
public static class ElevationPalette
{
    public const string Frame = "#14213d";
    public const string Empty = "#f8f9fa";
    public const string Overflow = "#dc3545";
    public const string Scale = "#495057";

    public static string Fill(ProductFamily family) => family switch
    {
        ProductFamily.AcceleratorSled => "#2f5d9e",
        ProductFamily.CpuServer => "#5c636a",
        ProductFamily.NetworkSwitch => "#1f7a70",
        ProductFamily.Storage => "#6f4fa0",
        _ => "#9a5b00",
    };
}
