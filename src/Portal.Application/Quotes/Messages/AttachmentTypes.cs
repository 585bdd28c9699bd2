namespace Portal.Application.Quotes.Messages;

/// <summary>
/// The kinds of file a message may carry, each known by the bytes it starts with: a file's name says nothing of what
/// it holds, so a web page named "drawing.pdf" is refused, not stored.
/// </summary>
public static class AttachmentTypes
{
    /// <summary>The kinds in words, for the form and its messages.</summary>
    public const string Described = "PDF, PNG or JPEG";

    private static readonly (string ContentType, byte[] Start)[] Known =
    [
        ("application/pdf", "%PDF-"u8.ToArray()),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
    ];

    /// <summary>The content type the file's first bytes show, or null for a kind the portal does not take.</summary>
    public static string? Of(byte[] content) =>
        Known.Where(k => content.AsSpan().StartsWith(k.Start)).Select(k => k.ContentType).FirstOrDefault();

    /// <summary>The name without any folder, control characters or excess length; "attachment" when nothing is left.</summary>
    public static string CleanName(string fileName, int maxLength)
    {
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length == 0 ? "attachment" : name[..Math.Min(name.Length, maxLength)];
    }
}
