using System.Globalization;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Auditing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Events;

/// <summary>
/// A message joins the quote's timeline as a step (the text stays in the conversation beside it); an internal note
/// is a step only staff see.
/// </summary>
public sealed class QuoteMessageAudit(IPortalDb db, Acting acting) : IHandles<MessagePosted>
{
    public Task HandleAsync(MessagePosted happened, CancellationToken cancellationToken)
    {
        var (message, quote) = (happened.Message, happened.Quote);
        var files = message.Attachments.Count == 0 ? null : string.Join(", ", message.Attachments.Select(a => a.FileName));
        db.AuditEvents.Add(new AuditEvent(happened.OccurredUtc, acting.Actor.Name, QuoteAudit.EntityType,
            quote.Id.ToString(CultureInfo.InvariantCulture), message.IsInternal ? QuoteAudit.InternalNote : QuoteAudit.MessagePosted,
            null, null, files is null ? null : $"Attached: {files}"));
        return Task.CompletedTask;
    }
}
