using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Messages;

/// <summary>A message as its reader sees it, with its files (their bytes stay in the database until one is downloaded).</summary>
public sealed record ThreadMessage(int Id, string Author, bool FromStaff, bool IsInternal, string Text, DateTime PostedUtc,
    IReadOnlyList<AttachmentRow> Attachments)
{
    public bool HasAttachments => Attachments.Count > 0;
}

public sealed record AttachmentRow(int Id, string FileName, string ContentType, int Size)
{
    /// <summary>The size as a person reads it: "840 KB", "2.4 MB".</summary>
    public string SizeText => Size < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Size / 1024)} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{Size / (1024.0 * 1024):0.#} MB");
}

/// <summary>A file to download: its name, its type (read from its content when it was sent) and its bytes.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// A quote's conversation as the actor may read it: staff every message, a customer the quote's messages but never an
/// internal note. A quote the actor may not see, and a file of a message the actor may not read, are not found.
/// </summary>
public sealed class QuoteThreadQueries(IPortalDb db)
{
    /// <summary>Oldest first, as a conversation reads.</summary>
    public async Task<IReadOnlyList<ThreadMessage>> ListAsync(int quoteId, Actor actor, CancellationToken cancellationToken = default)
    {
        await EnsureVisibleAsync(quoteId, actor, cancellationToken);
        return await ReadableBy(actor).Where(m => m.QuoteId == quoteId)
            .OrderBy(m => m.PostedUtc).ThenBy(m => m.Id)
            .Select(m => new ThreadMessage(m.Id, m.AuthorName, m.FromStaff, m.IsInternal, m.Text, m.PostedUtc,
                m.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentRow(a.Id, a.FileName, a.ContentType, a.Size)).ToList()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One message of the quote's, as <see cref="ListAsync"/> reads it.</summary>
    public async Task<ThreadMessage> GetAsync(int quoteId, int messageId, Actor actor, CancellationToken cancellationToken = default) =>
        (await ListAsync(quoteId, actor, cancellationToken)).SingleOrDefault(m => m.Id == messageId)
        ?? throw new NotFoundException("The message");

    public async Task<AttachmentFile> FileAsync(int quoteId, int attachmentId, Actor actor, CancellationToken cancellationToken = default)
    {
        await EnsureVisibleAsync(quoteId, actor, cancellationToken);
        return await ReadableBy(actor).Where(m => m.QuoteId == quoteId)
                   .SelectMany(m => m.Attachments).Where(a => a.Id == attachmentId)
                   .Select(a => new AttachmentFile(a.FileName, a.ContentType, a.Content))
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("The file");
    }

    private IQueryable<QuoteMessage> ReadableBy(Actor actor) =>
        actor.IsStaff ? db.QuoteMessages.AsNoTracking() : db.QuoteMessages.AsNoTracking().Where(m => !m.IsInternal);

    private async Task EnsureVisibleAsync(int quoteId, Actor actor, CancellationToken cancellationToken)
    {
        if (!await db.Quotes.VisibleTo(actor).AnyAsync(q => q.Id == quoteId, cancellationToken))
        {
            throw new NotFoundException("The quote");
        }
    }
}
