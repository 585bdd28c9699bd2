using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.Infrastructure.Compliance;

/// <summary>A restricted party as stored, in the list version it came with; its lists are kept one item per line.</summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class ListedParty
{
    private const char Separator = '\n';

    public int Id { get; private set; }
    public int ListVersionId { get; private init; }
    public required string Source { get; init; }
    public required string EntryId { get; init; }
    public required string Name { get; init; }
    public required string AlternateNames { get; init; }
    public required string Addresses { get; init; }
    public required string Countries { get; init; }

    public static ListedParty Of(RestrictedParty party, int listVersionId) => new()
    {
        ListVersionId = listVersionId,
        Source = party.Source,
        EntryId = party.EntryId,
        Name = party.Name,
        AlternateNames = string.Join(Separator, party.AlternateNames),
        Addresses = string.Join(Separator, party.Addresses),
        Countries = string.Join(Separator, party.Countries),
    };

    public RestrictedParty ToParty() => new(Source, EntryId, Name, Items(AlternateNames), Items(Addresses), Items(Countries));

    private static string[] Items(string joined) => joined.Split(Separator, StringSplitOptions.RemoveEmptyEntries);
}
