using Portal.Domain.Common;

namespace Portal.Domain.Compliance;

/// <summary>
/// One load of a restricted-party list file: every screening names the version it was made against. A loaded file is
/// staged until an admin, having seen what it adds and removes, confirms that it replaces the current list; a staged
/// list is never screened against, and is discarded when cancelled or left unconfirmed for <see cref="StagedFor"/>.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class ScreeningListVersion
{
    /// <summary>How long a staged list waits for its confirmation.</summary>
    public static readonly TimeSpan StagedFor = TimeSpan.FromDays(1);

    public const int FileNameMaxLength = 200;
    public const int Sha256Length = 64;
    public const int LoadedByMaxLength = 256;

    private ScreeningListVersion()
    {
        FileName = string.Empty;
        Sha256 = string.Empty;
        LoadedBy = string.Empty;
    }

    /// <summary>A list file being loaded: staged, until an admin has seen what it changes and confirms it.</summary>
    public ScreeningListVersion(string fileName, string loadedBy, DateTime loadedAt)
    {
        FileName = Path.GetFileName(fileName.Trim()) is { Length: > 0 } name ? name[..Math.Min(name.Length, FileNameMaxLength)] : "list.csv";
        Sha256 = string.Empty;
        LoadedBy = loadedBy;
        LoadedAt = loadedAt;
        Staged = true;
    }

    public int Id { get; private set; }
    public string FileName { get; private set; }

    /// <summary>The file's SHA-256 in lower-case hex: which file exactly, should anyone ask later.</summary>
    public string Sha256 { get; private set; }

    public int PartyCount { get; private set; }

    /// <summary>The rows of the file that were left out as malformed.</summary>
    public int ProblemCount { get; private set; }

    public string LoadedBy { get; private set; }
    public DateTime LoadedAt { get; private set; }

    /// <summary>Loaded, not yet confirmed: not the list screenings use.</summary>
    public bool Staged { get; private set; }

    /// <summary>Whether a staged list has waited too long to be confirmed.</summary>
    public bool HasLapsedAt(DateTime now) => Staged && now - LoadedAt > StagedFor;

    /// <summary>What the whole file gave, once it is read.</summary>
    public void Read(string sha256, int partyCount, int problemCount)
    {
        Sha256 = sha256;
        PartyCount = partyCount;
        ProblemCount = problemCount;
    }

    /// <summary>The staged list becomes the current one.</summary>
    public void Confirm(DateTime now)
    {
        if (!Staged || HasLapsedAt(now))
        {
            throw new DomainException("This list is no longer waiting for confirmation: load the file again.");
        }
        Staged = false;
    }

    /// <summary>How evidence cites it: "list version 3 (csl.csv, SHA-256 1a2b3c4d…)".</summary>
    public string Label => $"list version {Id} ({FileName}, SHA-256 {Sha256[..Math.Min(8, Sha256.Length)]}…)";
}
