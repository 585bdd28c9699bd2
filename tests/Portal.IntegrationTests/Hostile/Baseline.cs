using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// A form filled in the way a careful person would: what the page put there, with each empty field given a plausible
/// value and every box ticked, so that one hostile field at a time gets past the others' checks and deep into the app.
/// </summary>
public static class Baseline
{
    public static List<KeyValuePair<string, string>> Of(CrawledForm form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var field in form.Fields)
        {
            var value = Plausible(field);
            if (value is not null && !fields.Any(f => f.Key == field.Name))
            {
                fields.Add(KeyValuePair.Create(field.Name, value));
            }
        }
        return fields;
    }

    private static string? Plausible(FormField field) => field.Type switch
    {
        "checkbox" => field.Value,
        "radio" => field.Submits ? field.Value : null,
        _ when !field.Submits => null, // a query parameter the address leaves out
        "hidden" or "submit" or "button" => field.Value,
        _ when !string.IsNullOrEmpty(field.Value) => field.Value,
        "select" => field.Options.FirstOrDefault(o => o.Length > 0) ?? string.Empty,
        "email" => "fuzz@example.com",
        "password" => PortalFactory.DemoPassword,
        "number" => "1",
        "date" => "2026-06-30",
        _ => "Fuzz",
    };
}
