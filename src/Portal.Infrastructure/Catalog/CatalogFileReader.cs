using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Compliance;

namespace Portal.Infrastructure.Catalog;

public static class CatalogFileReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static CatalogFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, Options)
            ?? throw new InvalidDataException($"The catalog file {path} is empty.");
        if (file.Vendor?.QuoteTerms is null)
        {
            throw new InvalidDataException($"The catalog file {path} needs a vendor with quoteTerms (validityDays, conditions, and optionally depositPercent).");
        }
        if (file.Vendor.QuoteTerms.DepositPercent is <= 0 or > 100)
        {
            throw new InvalidDataException($"The catalog file {path} asks for a deposit of {file.Vendor.QuoteTerms.DepositPercent} %; it must be more than 0 and at most 100.");
        }
        var duplicate = file.Products.GroupBy(p => p.Sku, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"The catalog file {path} lists SKU {duplicate.Key} twice.");
        }
        var unclassifiable = file.Products.FirstOrDefault(p => p.ExportClassification is { } c && !ExportClassification.IsValid(c));
        if (unclassifiable is not null)
        {
            throw new InvalidDataException($"The catalog file {path} classifies {unclassifiable.Sku} as '{unclassifiable.ExportClassification}'; a classification is {ExportClassification.Format}.");
        }
        return file;
    }
}
