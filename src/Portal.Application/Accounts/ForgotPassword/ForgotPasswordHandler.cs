using Microsoft.AspNetCore.Identity;
using Portal.Application.Common;
using Portal.Application.Email;

namespace Portal.Application.Accounts.ForgotPassword;

/// <summary>
/// Someone forgot a password: a confirmed account is mailed a reset link; the answer never tells whether the address
/// has an account. The mail is queued and saved at once: the answer does not wait for the mail server.
/// </summary>
public sealed class ForgotPasswordHandler(IPortalDb db, UserManager<PortalUser> users, IMailQueue mail, IAccountLinks links)
{
    public async Task HandleAsync(string address, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(address);
        if (user is null || !user.EmailConfirmed)
        {
            return;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        mail.Enqueue(new EmailMessage(user.Email!,
            "Reset your sales portal password",
            MailText.WithLink($"Hello {user.FullName},\n\nsomeone asked to reset your password. If it was you, choose a new one.",
                "Choose a new password", links.ResetPassword(user.Email!, token)) + "\nIf it was not you, ignore this mail.\n"));
        await db.SaveChangesAsync(cancellationToken);
    }
}
