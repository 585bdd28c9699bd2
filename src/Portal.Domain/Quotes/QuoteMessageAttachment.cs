using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// A file attached to a quote's message (a site drawing, a signed purchase order), kept in the database with the
/// message so that every instance of the portal serves it. Its type was read from its content, never from its name.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class QuoteMessageAttachment
{
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;

    /// <summary>The largest file a message may carry: 10 MB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private QuoteMessageAttachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Content = [];
    }

    internal QuoteMessageAttachment(AttachedFile file)
    {
        if (file.Content.Length is 0 or > MaxBytes)
        {
            throw new DomainException($"A file attached to a message must have between 1 byte and {MaxBytes / (1024 * 1024)} MB.");
        }
        FileName = file.FileName;
        ContentType = file.ContentType;
        Size = file.Content.Length;
        Content = file.Content;
    }

    public int Id { get; private set; }
    public int MessageId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public int Size { get; private set; }
    public byte[] Content { get; private set; }
}

/// <summary>A file to attach: its name as the sender gave it, the type read from its content, and the bytes.</summary>
public sealed record AttachedFile(string FileName, string ContentType, byte[] Content);
