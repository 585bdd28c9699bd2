using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Portal.Infrastructure.Email;

/// <summary>
/// What kind of failure stopped a mail, in words fit for the log and the mail's row: never what the server answered,
/// which may repeat an address, a password or a link. A permanent one is not retried.
/// </summary>
internal sealed record MailFailure(string Words, bool Permanent)
{
    public static MailFailure Of(Exception failure) => failure switch
    {
        ParseException or ArgumentException => new("The address is not one a mail can go to.", Permanent: true),
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } => new("The server refused the recipient.", Permanent: true),
        SmtpCommandException => new("The server refused the mail.", Permanent: false),
        AuthenticationException => new("The server refused the portal's sign-in.", Permanent: false),
        SslHandshakeException => new("The secure connection to the server failed.", Permanent: false),
        SmtpProtocolException or ServiceNotConnectedException => new("The server broke off the conversation.", Permanent: false),
        SocketException => new("The server could not be reached.", Permanent: false),
        IOException => new("The connection or the outbox folder failed.", Permanent: false),
        TimeoutException or OperationCanceledException => new("The server did not answer in time.", Permanent: false),
        _ => new("The mail could not be handed over.", Permanent: false),
    };
}
