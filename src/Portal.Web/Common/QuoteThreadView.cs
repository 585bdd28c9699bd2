using System.ComponentModel.DataAnnotations;
using Portal.Application.Quotes.Messages;
using Portal.Application.Quotes.PostMessage;
using Portal.Domain.Quotes;

namespace Portal.Web.Common;

/// <summary>How large a request carrying a message may be: its files at their largest, and room for the text.</summary>
public static class MessageFormLimits
{
    public const long FormBytes = QuoteMessage.MaxAttachments * (long)QuoteMessageAttachment.MaxBytes + 1024 * 1024;

    /// <summary>The API sends the files in base64: four characters for every three bytes.</summary>
    public const long ApiBytes = QuoteMessage.MaxAttachments * (long)QuoteMessageAttachment.MaxBytes * 4 / 3 + 1024 * 1024;
}

/// <summary>A message as typed on a quote's page, with the files chosen.</summary>
public sealed class MessageForm
{
    public const long MaxRequestBytes = MessageFormLimits.FormBytes;

    [Display(Name = "Your message")] public string? Text { get; set; }

    [Display(Name = "Internal note: only staff see it, the customer is not told")] public bool Internal { get; set; }

    [Display(Name = "Attach files")] public List<IFormFile> Attachments { get; set; } = [];

    /// <param name="mayBeInternal">Whether the writer may keep the message among staff; a customer's never is.</param>
    public async Task<PostMessageCommand> ToCommandAsync(bool mayBeInternal, CancellationToken cancellationToken)
    {
        var files = new List<NewAttachment>();
        foreach (var file in Attachments)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            files.Add(new NewAttachment(file.FileName, content.ToArray()));
        }
        return new PostMessageCommand(Text, mayBeInternal && Internal, files);
    }
}

/// <summary>A quote's conversation on its page: the messages its reader may read and the form to write another.</summary>
/// <param name="OffersInternalNote">The reader is staff, who may keep a note among themselves.</param>
public sealed record QuoteThreadView(int QuoteId, IReadOnlyList<ThreadMessage> Messages, MessageForm Message, bool CanWrite, bool OffersInternalNote)
{
    public const string Prefix = nameof(Message);

    public const string Anchor = "thread";

    public bool IsEmpty => Messages.Count == 0;

    public static string AllowedFiles =>
        $"{AttachmentTypes.Described}, up to {QuoteMessageAttachment.MaxBytes / (1024 * 1024)} MB each, at most {QuoteMessage.MaxAttachments} files";
}
