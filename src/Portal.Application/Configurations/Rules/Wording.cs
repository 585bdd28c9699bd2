namespace Portal.Application.Configurations.Rules;

/// <summary>Small pieces of the rules' messages, so that one rack reads "1 rack draws", not "1 racks draw".</summary>
internal static class Wording
{
    public static string Racks(int count) => count == 1 ? "1 rack" : $"{count} racks";

    public static string Verb(int count, string singular, string plural) => count == 1 ? singular : plural;
}
