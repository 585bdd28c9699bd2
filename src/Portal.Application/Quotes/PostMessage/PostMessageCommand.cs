namespace Portal.Application.Quotes.PostMessage;

/// <summary>A message on a quote's conversation; <paramref name="Internal"/> keeps it among staff.</summary>
public sealed record PostMessageCommand(string? Text, bool Internal, IReadOnlyList<NewAttachment> Attachments);

/// <summary>A file as it was sent: its name and its bytes.</summary>
public sealed record NewAttachment(string FileName, byte[] Content);
