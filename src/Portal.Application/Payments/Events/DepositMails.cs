using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Email;
using Portal.Domain.Payments;

namespace Portal.Application.Payments.Events;

/// <summary>
/// The admins sort out a payment the deposit refused: it is at the provider and must be refunded there. (What a paid
/// deposit means for its quote or reservation, and the mails about it, are told by that feature's own handlers.)
/// </summary>
public sealed class DepositMails(PersonMail mail, IPageLinks links) : IHandles<PaymentRefused>
{
    public Task HandleAsync(PaymentRefused happened, CancellationToken cancellationToken)
    {
        var deposit = happened.Deposit;
        return mail.ToRoleAsync(PortalRoles.Admin, $"Payment for {deposit.Reference} does not match",
            MailText.WithLink($"{happened.Problem}\n\nCheck the payment at the provider and refund it there; the deposit stays {Deposit.Describe(deposit.State)}.\n",
                $"Open deposit {deposit.Reference} in the portal", links.StaffDeposit(deposit.Id)), cancellationToken);
    }
}
