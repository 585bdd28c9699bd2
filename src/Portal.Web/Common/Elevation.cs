using Portal.Domain.Catalog;

namespace Portal.Web.Common;

/// <summary>Colours and labels of the rack elevation drawing.</summary>
public static class Elevation
{
    private const int LabelLength = 34;

    public static string Fill(ProductFamily family) => family switch
    {
        ProductFamily.AcceleratorSled => "#2f5d9e",
        ProductFamily.CpuServer => "#5c636a",
        ProductFamily.NetworkSwitch => "#1f7a70",
        ProductFamily.Storage => "#6f4fa0",
        _ => "#9a5b00",
    };

    public static string Short(string name) => name.Length <= LabelLength ? name : name[..(LabelLength - 1)] + "…";
}
