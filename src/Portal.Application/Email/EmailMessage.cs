namespace Portal.Application.Email;

public sealed record EmailMessage(string To, string Subject, string TextBody);
