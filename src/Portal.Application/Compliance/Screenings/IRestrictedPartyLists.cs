using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Screenings;

/// <summary>
/// The restricted-party lists the portal screens against: the current one ready to screen, and a new list file staged
/// (read row by row into the database) until an admin confirms what it changes, or cancels it.
/// </summary>
public interface IRestrictedPartyLists
{
    /// <summary>The latest confirmed version and its index; null until a list has been confirmed.</summary>
    Task<CurrentScreeningList?> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a list file into a staged version, in place of any list still waiting for confirmation; rows it cannot
    /// take are reported, not fatal. A file with no party, or without the columns a list has, stages nothing.
    /// </summary>
    Task<ScreeningListLoad> StageAsync(Stream file, string fileName, string loadedBy, CancellationToken cancellationToken = default);

    /// <summary>What the staged version would change in the current list; null when no such list waits for confirmation.</summary>
    Task<ScreeningListChanges?> ChangesAsync(int stagedId, CancellationToken cancellationToken = default);

    /// <summary>Removes a staged version with its parties; false when no such list waits for confirmation.</summary>
    Task<bool> DiscardAsync(int stagedId, CancellationToken cancellationToken = default);

    /// <summary>Removes the staged versions loaded before the time given, with their parties; answers how many.</summary>
    Task<int> DiscardStagedBeforeAsync(DateTime before, CancellationToken cancellationToken = default);
}

public sealed record CurrentScreeningList(ScreeningListVersion Version, ScreeningList List);

/// <summary>A load's outcome: the staged version, or why the whole file was refused; and the first rows left out, by line.</summary>
public sealed record ScreeningListLoad(ScreeningListVersion? Version, string? Refusal, IReadOnlyList<string> Problems);

/// <summary>A staged list against the current one (none before the first): the parties it adds, removes and keeps.</summary>
public sealed record ScreeningListChanges(
    ScreeningListVersion Staged, ScreeningListVersion? Current, PartyChanges Added, PartyChanges Removed, PartyChanges Unchanged)
{
    /// <summary>How many parties each sample shows.</summary>
    public const int SampleSize = 10;
}

/// <summary>How many parties, and the first few of them in the file's order.</summary>
public sealed record PartyChanges(int Count, IReadOnlyList<ListedPartyName> Sample);

public sealed record ListedPartyName(string Name, string Source, string EntryId);
