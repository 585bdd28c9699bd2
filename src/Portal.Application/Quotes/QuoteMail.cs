using Microsoft.AspNetCore.Identity;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes;

/// <summary>
/// Tells the other side of a quote what happened: the customer who asked for it, or the staff working on it. The mails
/// join the unit of work being saved (<see cref="IMailQueue"/>): sent after the commit, never for a change that failed.
/// </summary>
public sealed class QuoteMail(UserManager<PortalUser> users, PersonMail person, IMailQueue queue)
{
    /// <summary>The customer who asked for the quote, greeted by name; nobody when it has no address.</summary>
    public Task ToRequesterAsync(Quote quote, string subject, string body, CancellationToken cancellationToken = default) =>
        person.ToPersonAsync(quote.RequesterId, subject, body, cancellationToken);

    /// <summary>The colleague working on the quote hears of it; before anyone claimed it, every salesperson does.</summary>
    public async Task ToStaffAsync(Quote quote, string subject, string body, CancellationToken cancellationToken = default)
    {
        var claimer = quote.ClaimedById is { } id ? await users.FindByIdAsync(id) : null;
        Send(claimer is not null ? [claimer] : await users.GetUsersInRoleAsync(PortalRoles.Sales), subject, body);
    }

    /// <summary>Every salesperson, whoever works on the quote.</summary>
    public Task ToSalesAsync(string subject, string body, CancellationToken cancellationToken = default) =>
        ToRoleAsync(PortalRoles.Sales, subject, body);

    /// <summary>Every admin: for what needs an admin's decision.</summary>
    public Task ToAdminsAsync(string subject, string body, CancellationToken cancellationToken = default) =>
        ToRoleAsync(PortalRoles.Admin, subject, body);

    /// <summary>The compliance officers, and the admins, who hold the role too.</summary>
    public async Task ToComplianceAsync(string subject, string body, CancellationToken cancellationToken = default) =>
        Send((await users.GetUsersInRoleAsync(PortalRoles.Compliance)).Concat(await users.GetUsersInRoleAsync(PortalRoles.Admin))
            .DistinctBy(u => u.Id), subject, body);

    private async Task ToRoleAsync(string role, string subject, string body) =>
        Send(await users.GetUsersInRoleAsync(role), subject, body);

    private void Send(IEnumerable<PortalUser> recipients, string subject, string body)
    {
        foreach (var staff in recipients.Where(s => s.Email is not null))
        {
            queue.Enqueue(new EmailMessage(staff.Email!, subject, body));
        }
    }
}
