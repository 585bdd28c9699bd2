using Portal.Application.Quotes.Messages;
using Portal.Application.Quotes.PostMessage;
using Portal.Web.Common;

namespace Portal.Web.Api;

/// <param name="FromStaff">Written by the vendor's staff; otherwise by one of the company's people.</param>
/// <param name="Internal">A note among the vendor's staff (only a staff key ever reads one).</param>
public sealed record ApiMessage(int Id, string Author, bool FromStaff, bool Internal, string Text, DateTime PostedUtc, IReadOnlyList<ApiMessageFile> Attachments)
{
    public static ApiMessage Of(int quoteId, ThreadMessage message) =>
        new(message.Id, message.Author, message.FromStaff, message.IsInternal, message.Text, message.PostedUtc,
            message.Attachments.Select(a => new ApiMessageFile(a.Id, a.FileName, a.ContentType, a.Size,
                $"/api/v1/quotes/{quoteId}/messages/files/{a.Id}")).ToList());
}

/// <param name="ContentType">Read from the file's content when it was sent.</param>
/// <param name="Url">Where its bytes are downloaded, with the same key.</param>
public sealed record ApiMessageFile(int Id, string FileName, string ContentType, int Size, string Url);

/// <summary>A message to the vendor's sales team on one of the company's quotes.</summary>
/// <param name="Attachments">Up to three PDF, PNG or JPEG files of at most 10 MB each, their bytes in base64.</param>
public sealed record NewMessageRequest(string? Text, IReadOnlyList<NewMessageFile>? Attachments)
{
    /// <summary>The largest body: the files at their largest in base64, and room for the text.</summary>
    public const long MaxBytes = MessageFormLimits.ApiBytes;

    public PostMessageCommand ToCommand() =>
        new(Text, Internal: false, (Attachments ?? []).Select(f => new NewAttachment(f?.FileName ?? Unnamed, f?.Content ?? [])).ToList());

    /// <summary>What a file sent without a name is called in the messages about it.</summary>
    private const string Unnamed = "attachment";
}

/// <param name="Content">The file's bytes, in base64.</param>
public sealed record NewMessageFile(string? FileName, byte[]? Content);
