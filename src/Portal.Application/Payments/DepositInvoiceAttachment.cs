using Portal.Application.Email;
using Portal.Domain.Email;

namespace Portal.Application.Payments;

/// <summary>A deposit's invoice for the mail that attaches it, drawn when the mail is sent, as the deposit's page offers it.</summary>
public sealed class DepositInvoiceAttachment(DepositQueries deposits) : IMailAttachmentSource
{
    public MailAttachmentKind Kind => MailAttachmentKind.DepositInvoice;

    public async Task<MailFile?> ReadAsync(MailAttachment attachment, CancellationToken cancellationToken) =>
        await deposits.InvoiceForMailAsync(attachment.Reference, cancellationToken) is var (fileName, pdf) ? new MailFile(fileName, "application/pdf", pdf) : null;
}
