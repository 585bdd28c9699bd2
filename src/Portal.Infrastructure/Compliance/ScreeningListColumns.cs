using CsvHelper;
using Portal.Domain.Compliance;

namespace Portal.Infrastructure.Compliance;

/// <summary>
/// Where the columns screening needs stand in a Consolidated Screening List export, found by their header names, and a
/// row read as a party. Several values in a field are separated by "; "; an address's parts by ", ", the country code
/// last when it is known. A party's countries are its addresses' codes, citizenships and nationalities.
/// </summary>
internal sealed class ScreeningListColumns
{
    private readonly int _source;
    private readonly int _name;
    private readonly int[] _ids;
    private readonly int[] _alternateNames;
    private readonly int[] _addresses;
    private readonly int[] _citizenships;

    public ScreeningListColumns(CsvReader csv)
    {
        _source = Required(csv, "source");
        _name = Required(csv, "name");
        _ids = Optional(csv, "_id", "entity_number");
        _alternateNames = Optional(csv, "alt_names");
        _addresses = Optional(csv, "addresses");
        _citizenships = Optional(csv, "citizenships", "nationalities");
    }

    public RestrictedParty Party(CsvReader csv)
    {
        var addresses = Values(csv, _addresses);
        var countries = addresses.Select(a => a.Split(',')[^1].Trim()).Concat(Values(csv, _citizenships));
        return new RestrictedParty(csv.GetString(_source), _ids.Select(csv.GetString).FirstOrDefault(id => id.Length > 0) ?? "",
            csv.GetString(_name), Values(csv, _alternateNames), addresses, countries.Where(IsCountryCode));
    }

    private static string[] Values(CsvReader csv, int[] columns) => columns
        .SelectMany(c => csv.GetString(c).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .ToArray();

    private static bool IsCountryCode(string code) => code.Length == RestrictedParty.CountryCodeLength && code.All(char.IsAsciiLetter);

    private static int Required(CsvReader csv, string column) => csv.TryGetFieldIndex(column, out var index)
        ? index
        : throw new InvalidDataException($"The screening list has no '{column}' column. It must be a Consolidated Screening List export, "
            + "whose header names at least 'source' and 'name' (and usually _id, alt_names, addresses, citizenships and nationalities).");

    private static int[] Optional(CsvReader csv, params string[] columns) =>
        columns.Select(c => csv.TryGetFieldIndex(c, out var index) ? index : -1).Where(i => i >= 0).ToArray();
}
