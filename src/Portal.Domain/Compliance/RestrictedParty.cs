using Portal.Domain.Common;

namespace Portal.Domain.Compliance;

/// <summary>
/// One entry of a restricted-party list (an export-control or sanctions list): the list it comes from, its number
/// there, its names and where it is. The lengths are those of the columns it is stored in.
/// </summary>
public sealed class RestrictedParty
{
    public const int SourceMaxLength = 200;
    public const int EntryIdMaxLength = 100;
    public const int NameMaxLength = 500;
    public const int AddressMaxLength = 1000;
    public const int CountryCodeLength = 2;

    public RestrictedParty(string source, string entryId, string name,
        IEnumerable<string> alternateNames, IEnumerable<string> addresses, IEnumerable<string> countries)
    {
        Source = Required(source, "source list", SourceMaxLength);
        EntryId = entryId.Trim();
        Limit(EntryId, "entry number", EntryIdMaxLength);
        Name = Required(name, "name", NameMaxLength);
        AlternateNames = alternateNames.Select(n => Required(n, "alternate name", NameMaxLength)).Where(n => n != Name).Distinct().ToArray();
        Addresses = addresses.Select(a => Required(a, "address", AddressMaxLength)).ToArray();
        Countries = countries.Select(CountryCode).Distinct().ToArray();
    }

    /// <summary>The list, as the Consolidated Screening List names it: "Entity List (EL) - Bureau of Industry and Security".</summary>
    public string Source { get; }

    /// <summary>The entry's number in its list; empty when the list gave none.</summary>
    public string EntryId { get; }

    public string Name { get; }
    public IReadOnlyList<string> AlternateNames { get; }
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>ISO 3166 alpha-2 codes, upper-case, each once.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>The name first, then the alternate names: every name screening compares.</summary>
    public IEnumerable<string> Names => AlternateNames.Prepend(Name);

    private static string Required(string value, string what, int maxLength)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw new DomainException($"A restricted party's {what} cannot be empty.");
        }
        Limit(trimmed, what, maxLength);
        return trimmed;
    }

    private static void Limit(string value, string what, int maxLength)
    {
        if (value.Length > maxLength)
        {
            throw new DomainException($"A restricted party's {what} has {value.Length} characters; at most {maxLength} are kept.");
        }
    }

    private static string CountryCode(string code)
    {
        var upper = code.Trim().ToUpperInvariant();
        if (upper.Length != CountryCodeLength || !upper.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException($"'{code}' is not a two-letter country code.");
        }
        return upper;
    }
}
