using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Screenings;

/// <summary>The restricted-party lists the portal screens against: the current one ready to screen, and loading a new one.</summary>
public interface IRestrictedPartyLists
{
    /// <summary>The latest version and its index; null until a list has been loaded.</summary>
    Task<CurrentScreeningList?> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads a list file and stores it as a new version; rows it cannot take are reported, not fatal.</summary>
    Task<ScreeningListLoad> LoadAsync(Stream file, string fileName, string loadedBy, CancellationToken cancellationToken = default);
}

public sealed record CurrentScreeningList(ScreeningListVersion Version, ScreeningList List);

/// <summary>A load's outcome: the new version, or why the whole file was refused; and the rows left out, by line.</summary>
public sealed record ScreeningListLoad(ScreeningListVersion? Version, string? Refusal, IReadOnlyList<string> Problems);
