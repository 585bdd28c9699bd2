using Microsoft.AspNetCore.Identity;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes;

/// <summary>
/// Tells the other side of a quote what happened: the customer who asked for it, or the staff working on it. Each mail
/// is queued and saved at once: the quote's use cases tell after their commit, and a caller inside a transaction has it
/// saved with its change.
/// </summary>
public sealed class QuoteMail(UserManager<PortalUser> users, IMailQueue queue, IPortalDb db, PersonMail person)
{
    public async Task ToRequesterAsync(Quote quote, string subject, string body, CancellationToken cancellationToken = default)
    {
        await person.ToPersonAsync(quote.RequesterId, subject, body, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The colleague working on the quote hears of it; before anyone claimed it, every salesperson does.</summary>
    public async Task ToStaffAsync(Quote quote, string subject, string body, CancellationToken cancellationToken = default)
    {
        var claimer = quote.ClaimedById is { } id ? await users.FindByIdAsync(id) : null;
        await SendAsync(claimer is not null ? [claimer] : await users.GetUsersInRoleAsync(PortalRoles.Sales), subject, body, cancellationToken);
    }

    /// <summary>Every salesperson, whoever works on the quote.</summary>
    public Task ToSalesAsync(string subject, string body, CancellationToken cancellationToken = default) =>
        ToRoleAsync(PortalRoles.Sales, subject, body, cancellationToken);

    /// <summary>Every admin: for what needs an admin's decision.</summary>
    public Task ToAdminsAsync(string subject, string body, CancellationToken cancellationToken = default) =>
        ToRoleAsync(PortalRoles.Admin, subject, body, cancellationToken);

    /// <summary>The compliance officers, and the admins, who hold the role too.</summary>
    public async Task ToComplianceAsync(string subject, string body, CancellationToken cancellationToken = default) =>
        await SendAsync((await users.GetUsersInRoleAsync(PortalRoles.Compliance)).Concat(await users.GetUsersInRoleAsync(PortalRoles.Admin))
            .DistinctBy(u => u.Id), subject, body, cancellationToken);

    private async Task ToRoleAsync(string role, string subject, string body, CancellationToken cancellationToken) =>
        await SendAsync(await users.GetUsersInRoleAsync(role), subject, body, cancellationToken);

    private async Task SendAsync(IEnumerable<PortalUser> recipients, string subject, string body, CancellationToken cancellationToken)
    {
        foreach (var staff in recipients.Where(s => s.Email is not null))
        {
            queue.Enqueue(new EmailMessage(staff.Email!, subject, body));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
