using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Portal.Application.Catalog;
using Portal.Application.Email;

namespace Portal.Application.Accounts.Notices;

/// <summary>What only the owner of an address may learn about its account.</summary>
public enum AccountNotice
{
    /// <summary>Someone registered a company with an address that already has an account.</summary>
    RegistrationAttempt,

    /// <summary>The right password, but the address is not confirmed yet.</summary>
    EmailNotConfirmed,

    /// <summary>The right password, but the organization is suspended.</summary>
    Suspended,

    /// <summary>The right password, but too many failed attempts locked the account.</summary>
    LockedOut,
}

/// <summary>
/// The portal's pages answer the same whether an address has an account or not; the real reason goes by mail to the
/// address, at most once an hour for each kind of notice (the time of the last one is kept with the user's tokens, and
/// saved with the queued mail).
/// </summary>
public sealed class AccountNotices(UserManager<PortalUser> users, IMailQueue mail, IAccountLinks links, VendorProfile vendor, TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private const string TokenProvider = "Portal";

    public async Task SendAsync(PortalUser user, AccountNotice notice, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var name = $"Notice:{notice}";
        var last = await users.GetAuthenticationTokenAsync(user, TokenProvider, name);
        if (DateTimeOffset.TryParse(last, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var sent) && now - sent < Interval)
        {
            return;
        }
        var (subject, text) = await WordsAsync(user, notice);
        mail.Enqueue(new EmailMessage(user.Email!, $"{vendor.Name} sales portal: {subject}",
            $"Hello {user.FullName},\n\n{text.TrimEnd()}\n\nIf it was not you, you need do nothing: your account is unchanged.\n"));
        // Identity's store saves the token, and the mail with it, in one save.
        await users.SetAuthenticationTokenAsync(user, TokenProvider, name, now.ToString("O", CultureInfo.InvariantCulture));
    }

    private async Task<(string Subject, string Text)> WordsAsync(PortalUser user, AccountNotice notice) => notice switch
    {
        AccountNotice.RegistrationAttempt => ("someone tried to register with your address",
            MailText.WithLink(MailText.WithLink("someone tried to register a company with your address, which already has an account. " +
                "Sign in, or reset your password if you forgot it.", "Sign in", links.SignIn()), "Reset your password", links.ForgotPassword())),
        AccountNotice.EmailNotConfirmed => ("confirm your email to sign in",
            MailText.WithLink("someone signed in with your address and the right password, but the address is not confirmed yet. Confirm it, then sign in.",
                "Confirm your email address", links.ConfirmEmail(user.Id, await users.GenerateEmailConfirmationTokenAsync(user)))),
        AccountNotice.Suspended => ("your company's account is suspended",
            $"someone signed in with your address and the right password, but your company's account is suspended. Contact {vendor.Name}'s sales team at {vendor.Email}."),
        _ => ("your account is locked for a while",
            "someone signed in with your address and the right password, but the account is locked for " +
            MailText.WithLink($"{users.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes after too many failed attempts. " +
                "Try again later, or reset your password.", "Reset your password", links.ForgotPassword())),
    };
}
