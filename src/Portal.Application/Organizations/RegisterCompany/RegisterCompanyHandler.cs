using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Accounts.Notices;
using Portal.Application.Common;
using Portal.Application.Compliance.Screenings;
using Portal.Application.Email;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations.RegisterCompany;

/// <summary>
/// A customer registers a company: a pending organization, screened against the restricted-party list, and its first
/// user, or nothing at all. An address that already has an account gets the same answer, and its owner a mail.
/// </summary>
public sealed class RegisterCompanyHandler(
    IPortalDb db,
    UserManager<PortalUser> users,
    IValidator<RegisterCompanyCommand> validator,
    IMailQueue mail,
    IAccountLinks links,
    OrganizationScreener screener,
    AccountNotices notices,
    TimeProvider clock)
{
    public async Task<Result> HandleAsync(RegisterCompanyCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }

        var normalizedName = Organization.Normalize(command.CompanyName);
        if (await db.Organizations.AnyAsync(o => o.NormalizedName == normalizedName, cancellationToken))
        {
            return Result.Fail(nameof(command.CompanyName),
                "A company with this name is already registered. Ask one of its administrators to invite you.");
        }

        if (await users.FindByEmailAsync(command.Email) is { } owner)
        {
            // The same answer as a new account, after as much work as hashing its password: only the owner learns, by mail.
            users.PasswordHasher.HashPassword(owner, command.Password);
            await notices.SendAsync(owner, AccountNotice.RegistrationAttempt, cancellationToken);
            return Result.Success;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var organization = new Organization(command.CompanyName, command.CountryCode, command.Email, now);
        organization.AddBillingAddress(command.Street, command.PostalCode, command.City, Regions.Normalize(command.CountryCode, command.Region), command.CountryCode);
        organization.ChangeBillingDetails(TaxIds.Normalize(command.CountryCode, command.TaxId), requiresPurchaseOrder: false);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        // Saved together with the user below.
        await screener.ScreenAsync(organization, cancellationToken);
        db.Record(now, command.Email, organization.Id, OrganizationAudit.Registered, toState: organization.Status.ToString());

        var user = new PortalUser
        {
            UserName = command.Email.Trim(),
            Email = command.Email.Trim(),
            FullName = command.FullName.Trim(),
            OrganizationId = organization.Id,
            IsOrganizationOwner = true,
            CompanyRoles = CompanyRoles.All,
            CreatedUtc = now,
        };
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
        {
            return Result.Fail(created.ToFieldErrors(DuplicateField(created)));
        }
        await users.AddToRoleAsync(user, PortalRoles.Customer);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        mail.Enqueue(new EmailMessage(user.Email,
            "Confirm your email for the sales portal",
            MailText.WithLink($"Hello {user.FullName},\n\nyou registered {organization.Name}. Confirm your email address to sign in.",
                "Confirm your email address", links.ConfirmEmail(user.Id, token)) +
            "\nAn administrator reviews new companies before they can submit quote requests.\n"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }

    private static string DuplicateField(IdentityResult result) =>
        result.Errors.Any(e => e.Code.Contains("Password", StringComparison.Ordinal)) ? "Password" : "Email";
}
