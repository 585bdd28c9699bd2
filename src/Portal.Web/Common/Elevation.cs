namespace Portal.Web.Common;

/// <summary>Labels of the rack elevation drawing.</summary>
public static class Elevation
{
    private const int LabelLength = 34;

    public static string Short(string name) => name.Length <= LabelLength ? name : name[..(LabelLength - 1)] + "…";
}
