namespace Portal.Infrastructure.Files;

/// <summary>
/// What the portal writes into its data folder (the database, mails with reset links, the lock file) is for its own
/// user only: folders 0700 and files 0600 on Unix, set after creation so that no umask widens or narrows them.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and its missing parents) when it is not there; a folder it creates is 0700.</summary>
    public static void CreateFolder(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, FolderMode);
        File.SetUnixFileMode(path, FolderMode);
    }

    /// <summary>Opens a file for writing, creating it 0600 when it is not there.</summary>
    public static FileStream OpenWrite(string path, FileMode mode = System.IO.FileMode.Create, FileShare share = FileShare.None)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = share, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }
        var stream = new FileStream(path, options);
        Restrict(path);
        return stream;
    }

    /// <summary>Makes an existing file 0600 (nothing on Windows).</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(path) != FileMode)
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }
}
