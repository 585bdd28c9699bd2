using Microsoft.AspNetCore.Identity;
using Portal.Application.Accounts;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Email;
using Portal.Domain.Email;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes;

/// <summary>
/// Tells the other side of a quote what happened: the customer who asked for it, or the staff working on it. Each mail
/// leads to the quote's page on that side; the customer's replies reach the salesperson who owns the quote (the one who
/// claimed it, else the vendor's sales address), and the staff's replies reach the customer's person who acted (who
/// submitted, wrote or accepted). The mails join the unit of work being saved (<see cref="IMailQueue"/>):
/// sent after the commit, never for a change that failed.
/// </summary>
public sealed class QuoteMail(UserManager<PortalUser> users, PersonMail person, IMailQueue queue, IPageLinks links, VendorProfile vendor, Acting acting)
{
    /// <summary>The customer who asked for the quote, greeted by name; nobody when it has no address.</summary>
    public Task ToRequesterAsync(Quote quote, string subject, string body, CancellationToken cancellationToken = default) =>
        ToRequesterAsync(quote, subject, body, attachment: null, cancellationToken);

    /// <summary>The customer who asked for the quote, with the document attached (its PDF, its deposit's invoice).</summary>
    public Task ToRequesterAsync(Quote quote, string subject, string body, MailAttachment? attachment, CancellationToken cancellationToken = default) =>
        ToCustomerAsync(quote, subject, body, links.CustomerQuote(quote.Id), $"Open {quote.Reference} in the portal", attachment, cancellationToken);

    /// <summary>
    /// The company's Finance people (the requester when it has none), of the quote's deposit: led to the deposit's page,
    /// its invoice attached.
    /// </summary>
    public Task ToPayerAsync(Quote quote, Deposit deposit, string subject, string body, CancellationToken cancellationToken = default) =>
        ToFinanceAsync(quote, subject, body, links.CustomerDeposit(deposit.Id), $"Open deposit {deposit.Reference} in the portal", InvoiceOf(deposit),
            cancellationToken);

    /// <summary>The company's Finance people (the requester when it has none), of the quote: led to its page, the document attached.</summary>
    public Task ToFinanceAsync(Quote quote, string subject, string body, MailAttachment attachment, CancellationToken cancellationToken = default) =>
        ToFinanceAsync(quote, subject, body, links.CustomerQuote(quote.Id), $"Open {quote.Reference} in the portal", attachment, cancellationToken);

    /// <summary>Each of these people of the quote's company (its approvers), greeted by name: led to the quote's page.</summary>
    public async Task ToCustomerPeopleAsync(Quote quote, IEnumerable<string> userIds, string subject, string body, CancellationToken cancellationToken = default)
    {
        var message = await CustomerMessageAsync(quote, subject, body, links.CustomerQuote(quote.Id), $"Open {quote.Reference} in the portal", attachment: null);
        foreach (var userId in userIds)
        {
            await person.ToPersonAsync(userId, message, cancellationToken);
        }
    }

    /// <summary>The invoice of a deposit, for a mail about it.</summary>
    public static MailAttachment InvoiceOf(Deposit deposit) => new(MailAttachmentKind.DepositInvoice, deposit.Reference);

    /// <summary>The colleague working on the quote hears of it; before anyone claimed it, every salesperson does.</summary>
    public async Task ToStaffAsync(Quote quote, string subject, string body, CancellationToken cancellationToken = default)
    {
        var claimer = await ClaimerAsync(quote);
        await SendAsync(claimer is not null ? [claimer] : await users.GetUsersInRoleAsync(PortalRoles.Sales), subject, ToStaffPage(quote, body));
    }

    /// <summary>Every salesperson, whoever works on the quote.</summary>
    public async Task ToSalesAsync(Quote quote, string subject, string body, CancellationToken cancellationToken = default) =>
        await SendAsync(await users.GetUsersInRoleAsync(PortalRoles.Sales), subject, ToStaffPage(quote, body));

    /// <summary>Every admin: for what needs an admin's decision.</summary>
    public async Task ToAdminsAsync(Quote quote, string subject, string body, CancellationToken cancellationToken = default) =>
        await SendAsync(await users.GetUsersInRoleAsync(PortalRoles.Admin), subject, ToStaffPage(quote, body));

    /// <summary>The compliance officers, and the admins, who hold the role too: led to the export holds they decide.</summary>
    public async Task ToComplianceAsync(string subject, string body, CancellationToken cancellationToken = default) =>
        await SendAsync((await users.GetUsersInRoleAsync(PortalRoles.Compliance)).Concat(await users.GetUsersInRoleAsync(PortalRoles.Admin))
            .DistinctBy(u => u.Id), subject, MailText.WithLink(body, "Open the export holds in the portal", links.ExportHolds()));

    private async Task ToCustomerAsync(Quote quote, string subject, string body, string url, string label, MailAttachment? attachment,
        CancellationToken cancellationToken) =>
        await person.ToPersonAsync(quote.RequesterId, await CustomerMessageAsync(quote, subject, body, url, label, attachment), cancellationToken);

    private async Task ToFinanceAsync(Quote quote, string subject, string body, string url, string label, MailAttachment attachment,
        CancellationToken cancellationToken) =>
        await person.ToCompanyRoleAsync(quote.OrganizationId, CompanyRoles.Finance, quote.RequesterId,
            await CustomerMessageAsync(quote, subject, body, url, label, attachment), cancellationToken);

    private async Task<EmailMessage> CustomerMessageAsync(Quote quote, string subject, string body, string url, string label, MailAttachment? attachment) =>
        new(string.Empty, subject, MailText.WithLink(body, label, url))
        {
            ReplyTo = (await ClaimerAsync(quote))?.Email ?? vendor.Email,
            Attachment = attachment,
        };

    private string ToStaffPage(Quote quote, string body) => MailText.WithLink(body, $"Open {quote.Reference} in the portal", links.StaffQuote(quote.Id));

    private async Task<PortalUser?> ClaimerAsync(Quote quote) => quote.ClaimedById is { } id ? await users.FindByIdAsync(id) : null;

    private async Task SendAsync(IEnumerable<PortalUser> recipients, string subject, string body)
    {
        var replyTo = await CustomerWhoActedAsync();
        foreach (var staff in recipients.Where(s => s.Email is not null))
        {
            queue.Enqueue(new EmailMessage(staff.Email!, subject, body) { ReplyTo = replyTo });
        }
    }

    /// <summary>The address of the customer's person whose step the mail tells of; none for a step of staff or of the portal itself.</summary>
    private async Task<string?> CustomerWhoActedAsync() =>
        acting.Actor is { IsStaff: false, OrganizationId: not null } customer ? (await users.FindByIdAsync(customer.UserId))?.Email : null;
}
