using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Review;

/// <summary>
/// The moves of a submitted request before pricing: sales claims it, sends it back for changes or rejects it; the
/// customer or sales cancels it. Each is audited and mailed to the other side.
/// </summary>
public sealed class QuoteDecisions(
    IPortalDb db,
    IValidator<DecisionNote> notes,
    UserManager<PortalUser> users,
    IEmailSender email,
    TimeProvider clock)
{
    public async Task ClaimAsync(int quoteId, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureStaff(actor);
        var quote = await FindAsync(quoteId, actor, cancellationToken);
        var from = quote.Status;
        quote.Claim(actor.UserId, Now);
        await RecordAsync(quote, actor, "Claimed", from, null, cancellationToken);
    }

    public Task<Result> RequestChangesAsync(int quoteId, DecisionNote note, Actor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(quoteId, note, actor, "Changes requested", q => q.RequestChanges(Now),
            q => ($"Changes requested on {q.Number}", $"our sales team asks for changes to your quote request {q.Number}:\n\n{note.Text}\n\nChange the request in the portal and submit it again."),
            cancellationToken);

    public Task<Result> RejectAsync(int quoteId, DecisionNote note, Actor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(quoteId, note, actor, "Rejected", q => q.Reject(Now),
            q => ($"Your quote request {q.Number} was declined", $"we cannot quote your request {q.Number}:\n\n{note.Text}\n\nReply to this message if you would like to discuss it."),
            cancellationToken);

    /// <summary>The customer or sales cancels an open request; the other side is told.</summary>
    public async Task CancelAsync(int quoteId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await FindAsync(quoteId, actor, cancellationToken);
        var from = quote.Status;
        quote.Cancel(Now);
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, DecisionNote.MaxLength)];
        await RecordAsync(quote, actor, "Cancelled", from, why, cancellationToken);
        var text = $"{actor.Name} cancelled quote request {quote.Number}{(why is null ? "." : $": {why}")}\n";
        if (actor.IsStaff)
        {
            await MailRequesterAsync(quote, $"Quote request {quote.Number} cancelled", text, cancellationToken);
        }
        else
        {
            await MailStaffAsync(quote, $"Quote request {quote.Number} cancelled by the customer", text, cancellationToken);
        }
    }

    private async Task<Result> DecideAsync(int quoteId, DecisionNote note, Actor actor, string action, Action<Quote> move,
        Func<Quote, (string Subject, string Body)> message, CancellationToken cancellationToken)
    {
        EnsureStaff(actor);
        var quote = await FindAsync(quoteId, actor, cancellationToken);
        var validation = await notes.ValidateAsync(note, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var from = quote.Status;
        move(quote);
        await RecordAsync(quote, actor, action, from, note.Text!.Trim(), cancellationToken);
        var (subject, body) = message(quote);
        await MailRequesterAsync(quote, subject, body, cancellationToken);
        return Result.Success;
    }

    private async Task RecordAsync(Quote quote, Actor actor, string action, QuoteStatus from, string? reason, CancellationToken cancellationToken)
    {
        db.Record(Now, actor, quote, action, from.ToString(), quote.Status.ToString(), reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task MailRequesterAsync(Quote quote, string subject, string body, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(quote.RequesterId) is { Email: { } address } requester)
        {
            await email.SendAsync(new EmailMessage(address, subject, $"Hello {requester.FullName},\n\n{body}"), cancellationToken);
        }
    }

    /// <summary>The colleague working on the request hears of it; before anyone claimed it, every salesperson does.</summary>
    private async Task MailStaffAsync(Quote quote, string subject, string body, CancellationToken cancellationToken)
    {
        var claimer = quote.ClaimedById is { } id ? await users.FindByIdAsync(id) : null;
        var recipients = claimer is not null ? [claimer] : await users.GetUsersInRoleAsync(PortalRoles.Sales);
        foreach (var staff in recipients.Where(s => s.Email is not null))
        {
            await email.SendAsync(new EmailMessage(staff.Email!, subject, body), cancellationToken);
        }
    }

    private async Task<Quote> FindAsync(int quoteId, Actor actor, CancellationToken cancellationToken) =>
        await db.Quotes.VisibleTo(actor).SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken)
        ?? throw new NotFoundException("The quote");

    private static void EnsureStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new UnauthorizedAccessException("Only sales and admins review quote requests.");
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
