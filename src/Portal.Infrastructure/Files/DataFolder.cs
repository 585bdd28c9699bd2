namespace Portal.Infrastructure.Files;

/// <summary>
/// The data folder (<c>Portal:DataFolder</c>) made ready at start, before anything is written there: created 0700 when
/// missing, shown to be writable, and the SQLite database file created 0600 (SQLite gives its -wal and -shm files the
/// database's mode). A folder that cannot be created or written stops the start with a message naming the setting. An
/// instance that keeps nothing there (PostgreSQL, mail sent over SMTP) does not need it.
/// </summary>
public sealed class DataFolder(PortalPaths paths, bool holdsOutbox)
{
    public const string Setting = "Portal:DataFolder";

    /// <summary>Prepares the folder, and the SQLite database file when it is the one in the folder.</summary>
    public void Prepare(string? sqliteDatabase)
    {
        if (sqliteDatabase is null && !holdsOutbox)
        {
            return;
        }
        try
        {
            PrivateFiles.CreateFolder(paths.DataFolder);
            using (PrivateFiles.OpenWrite(Path.Combine(paths.DataFolder, $".write-check-{Guid.NewGuid():N}"), FileMode.CreateNew))
            {
            }
            foreach (var check in Directory.EnumerateFiles(paths.DataFolder, ".write-check-*"))
            {
                File.Delete(check);
            }
            if (sqliteDatabase is not null && Path.GetFullPath(sqliteDatabase) == paths.SqliteDatabase)
            {
                using (PrivateFiles.OpenWrite(paths.SqliteDatabase, FileMode.OpenOrCreate, FileShare.ReadWrite))
                {
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartRefused(
                $"The data folder '{paths.DataFolder}' ({Setting}) cannot be created or written: {e.Message} "
                + $"Set {Setting} to a folder the portal's user may create and write.", e);
        }
    }
}
