using Portal.Application.Common.Events;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Events;

/// <summary>
/// Each message reaches the other side: the customer's to the salesperson working on the quote (every salesperson
/// before anyone claimed it), the staff's to the customer who asked for it. An internal note is mailed to nobody.
/// </summary>
public sealed class QuoteMessageMails(QuoteMail mail) : IHandles<MessagePosted>
{
    public Task HandleAsync(MessagePosted happened, CancellationToken cancellationToken)
    {
        var (message, quote) = (happened.Message, happened.Quote);
        if (message.IsInternal)
        {
            return Task.CompletedTask;
        }
        var files = message.Attachments.Count == 0 ? "" : $"\nAttached: {string.Join(", ", message.Attachments.Select(a => a.FileName))}\n";
        var text = $"{message.AuthorName} wrote about quote {quote.Reference}:\n\n{message.Text}\n{files}\nAnswer on the quote's page in the portal.\n";
        return message.FromStaff
            ? mail.ToRequesterAsync(quote, $"A message about your quote {quote.Reference}", text, cancellationToken)
            : mail.ToStaffAsync(quote, $"{message.AuthorName} wrote about {quote.Reference}", text, cancellationToken);
    }
}
