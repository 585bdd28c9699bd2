namespace Portal.Infrastructure;

/// <summary>Where the portal keeps its files: the SQLite database and the mail outbox.</summary>
public sealed record PortalPaths(string DataFolder)
{
    public string Outbox => Path.Combine(DataFolder, "outbox");

    public string SqliteDatabase => Path.Combine(DataFolder, "portal.db");
}
