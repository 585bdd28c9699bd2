namespace Portal.Domain.Compliance;

/// <summary>One load of a restricted-party list file: every screening names the version it was made against.</summary>
public sealed class ScreeningListVersion
{
    public const int FileNameMaxLength = 200;
    public const int Sha256Length = 64;
    public const int LoadedByMaxLength = 256;

    private ScreeningListVersion()
    {
        FileName = string.Empty;
        Sha256 = string.Empty;
        LoadedBy = string.Empty;
    }

    public ScreeningListVersion(string fileName, string sha256, int partyCount, int problemCount, string loadedBy, DateTime loadedAt)
    {
        FileName = Path.GetFileName(fileName.Trim()) is { Length: > 0 } name ? name[..Math.Min(name.Length, FileNameMaxLength)] : "list.csv";
        Sha256 = sha256;
        PartyCount = partyCount;
        ProblemCount = problemCount;
        LoadedBy = loadedBy;
        LoadedAt = loadedAt;
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

    /// <summary>How evidence cites it: "list version 3 (csl.csv, SHA-256 1a2b3c4d…)".</summary>
    public string Label => $"list version {Id} ({FileName}, SHA-256 {Sha256[..Math.Min(8, Sha256.Length)]}…)";
}
