using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// A message in a quote's conversation between the customer's people and the vendor's staff: its text and the files
/// attached to it. Staff may keep a message among themselves (an internal note), which no customer ever reads. A
/// message is written once and never changed; posting it records <see cref="MessagePosted"/>.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class QuoteMessage : IRecordsEvents
{
    public const int TextMaxLength = 4000;
    public const int AuthorMaxLength = 200;
    public const int MaxAttachments = 3;

    private readonly List<IDomainEvent> _events = [];
    private readonly List<QuoteMessageAttachment> _attachments = [];

    private QuoteMessage()
    {
        AuthorId = string.Empty;
        AuthorName = string.Empty;
        Text = string.Empty;
    }

    private QuoteMessage(Quote quote, MessageAuthor author, bool isInternal, string text, DateTime now)
    {
        QuoteId = quote.Id;
        AuthorId = author.UserId;
        AuthorName = author.Name;
        FromStaff = author.IsStaff;
        IsInternal = isInternal;
        Text = text.Trim();
        PostedUtc = now;
    }

    public int Id { get; private set; }
    public int QuoteId { get; private set; }
    public string AuthorId { get; private set; }
    public string AuthorName { get; private set; }

    /// <summary>Written by the vendor's staff (sales, an admin), not by the customer's people.</summary>
    public bool FromStaff { get; private set; }

    /// <summary>A note staff keep among themselves: never shown, mailed or sent to the customer.</summary>
    public bool IsInternal { get; private set; }

    public string Text { get; private set; }
    public DateTime PostedUtc { get; private set; }
    public IReadOnlyList<QuoteMessageAttachment> Attachments => _attachments;

    /// <summary>
    /// Writes a message on a submitted request (a draft is the customer's alone: there is nobody to talk to yet); only
    /// staff write internal notes.
    /// </summary>
    public static QuoteMessage Post(Quote quote, MessageAuthor author, bool isInternal, string text,
        IReadOnlyList<AttachedFile> files, DateTime now)
    {
        if (quote.Status == QuoteStatus.Draft)
        {
            throw new DomainException("Messages can be written once the request is submitted.");
        }
        if (isInternal && !author.IsStaff)
        {
            throw new DomainException("Only the vendor's staff write internal notes.");
        }
        if (files.Count > MaxAttachments)
        {
            throw new DomainException($"A message can carry at most {MaxAttachments} files.");
        }
        var message = new QuoteMessage(quote, author, isInternal, text, now);
        message._attachments.AddRange(files.Select(f => new QuoteMessageAttachment(f)));
        message._events.Add(new MessagePosted(message, quote, now));
        return message;
    }

    public bool HasEvents => _events.Count > 0;

    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }
}

/// <summary>Who writes a message: the person's id and name, and whether they are the vendor's staff.</summary>
public sealed record MessageAuthor(string UserId, string Name, bool IsStaff);

/// <summary>A message was written on a quote's conversation; <paramref name="Quote"/> is the quote it belongs to.</summary>
public sealed record MessagePosted(QuoteMessage Message, Quote Quote, DateTime OccurredUtc) : IDomainEvent;
