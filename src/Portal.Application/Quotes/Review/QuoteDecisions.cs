using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Payments;
using Portal.Application.Quotes.Holds;
using Portal.Domain.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Review;

/// <summary>
/// The moves of a submitted request around its pricing: sales claims it, sends it back for changes, rejects it or opens
/// a new revision of an issued one; an admin sends a quote waiting for approval back to sales; the customer or sales
/// cancels it. Each is audited and mailed to the other side; a move that ends the quote gives back the supply it held
/// (a request made from a waitlist offer holds its units from the start).
/// </summary>
public sealed class QuoteDecisions(
    IPortalDb db,
    IValidator<DecisionNote> notes,
    QuoteMail mail,
    AllocationHolds holds,
    TimeProvider clock)
{
    public async Task ClaimAsync(int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.EnsureStaff();
        var quote = await FindAsync(quoteId, seenVersion, actor, cancellationToken);
        var from = quote.Status;
        quote.Claim(actor.UserId, Now);
        await RecordAsync(quote, actor, "Claimed", from, null, cancellationToken);
    }

    public Task<Result> RequestChangesAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(quoteId, seenVersion, note, actor, "Changes requested", q => q.RequestChanges(Now),
            q => mail.ToRequesterAsync(q, $"Changes requested on {q.Number}",
                $"our sales team asks for changes to your quote request {q.Number}:\n\n{note.Text}\n\nChange the request in the portal and submit it again.", cancellationToken),
            cancellationToken);

    public Task<Result> RejectAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(quoteId, seenVersion, note, actor, "Rejected", q => q.Reject(Now),
            q => mail.ToRequesterAsync(q, $"Your quote request {q.Number} was declined",
                $"we cannot quote your request {q.Number}:\n\n{note.Text}\n\nReply to this message if you would like to discuss it.", cancellationToken),
            cancellationToken);

    /// <summary>An admin sends a quote waiting for approval back to the salesperson who priced it, saying why.</summary>
    public Task<Result> SendBackForPricingAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(actor);
        return DecideAsync(quoteId, seenVersion, note, actor, QuoteAudit.SentBackToSales, q => q.SendBackForPricing(Now),
            q => mail.ToStaffAsync(q, $"{q.Number} sent back: discount not approved",
                $"{actor.Name} did not approve the pricing of {q.Number}:\n\n{note.Text}\n\nPrice it again in the portal.\n", cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// Sales opens the next revision of an issued, declined or expired quote to price it again. The issued revision can
    /// no longer be accepted and the supply it held goes back until the new revision is issued; the customer is told.
    /// </summary>
    public async Task ReviseAsync(int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.EnsureStaff();
        var quote = await FindAsync(quoteId, seenVersion, actor, cancellationToken);
        var from = quote.Status;
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Revise(actor.UserId, Now);
        await holds.ReleaseAsync(quote, cancellationToken);
        await RecordAsync(quote, actor, "Revision opened", from, $"Revision {quote.Revision}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await mail.ToRequesterAsync(quote, $"We are revising your quote {quote.Number}",
            $"our sales team is preparing revision {quote.Revision} of your quote {quote.Number}. Revision {quote.Revision - 1} can no longer be accepted; you will receive the new one when it is issued, and can compare the two on the quote's page.\n",
            cancellationToken);
    }

    /// <summary>Sales moves the delivery to another quarter (not one already past); the customer is told.</summary>
    public async Task<Result> MoveDeliveryAsync(int quoteId, int? seenVersion, string? quarterText, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.EnsureStaff();
        var quote = await FindAsync(quoteId, seenVersion, actor, cancellationToken);
        if (!Quarter.TryParse(quarterText, out var quarter) || quarter < Quarter.Containing(Now))
        {
            return Result.Fail("Quarter", QuarterRules.PastQuarter);
        }
        if (QuarterRules.IsBeyondHorizon(quarter, Now))
        {
            return Result.Fail("Quarter", QuarterRules.BeyondHorizon(Now));
        }
        var from = quote.RequestedQuarter;
        quote.MoveDelivery(quarter, Now);
        db.Record(Now, actor, quote, "Delivery moved", from?.ToString(), quarter.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await mail.ToRequesterAsync(quote, $"Delivery of {quote.Number} moved to {quarter}",
            $"to match the supply we have, our sales team moved the delivery of your quote request {quote.Number} from {from} to {quarter}.\n", cancellationToken);
        return Result.Success;
    }

    /// <summary>The customer or sales cancels a quote; whatever supply it held goes back; the other side is told.</summary>
    public async Task CancelAsync(int quoteId, int? seenVersion, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await FindAsync(quoteId, seenVersion, actor, cancellationToken);
        var from = quote.Status;
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Cancel(Now);
        await holds.ReleaseAsync(quote, cancellationToken);
        await VoidDepositAsync(quote, actor, cancellationToken);
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, DecisionNote.MaxLength)];
        await RecordAsync(quote, actor, "Cancelled", from, why, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var text = $"{actor.Name} cancelled quote request {quote.Number}{(why is null ? "." : $": {why}")}\n";
        if (actor.IsStaff)
        {
            await mail.ToRequesterAsync(quote, $"Quote request {quote.Number} cancelled", text, cancellationToken);
        }
        else
        {
            await mail.ToStaffAsync(quote, $"Quote request {quote.Number} cancelled by the customer", text, cancellationToken);
        }
    }

    private async Task<Result> DecideAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, string action, Action<Quote> move,
        Func<Quote, Task> notify, CancellationToken cancellationToken)
    {
        actor.EnsureStaff();
        var quote = await FindAsync(quoteId, seenVersion, actor, cancellationToken);
        var validation = await notes.ValidateAsync(note, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var from = quote.Status;
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            move(quote);
            if (quote.Status.IsClosed())
            {
                await holds.ReleaseAsync(quote, cancellationToken);
            }
            await RecordAsync(quote, actor, action, from, note.Text!.Trim(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await notify(quote);
        return Result.Success;
    }

    /// <summary>An accepted quote cancelled before its deposit arrived no longer asks for it.</summary>
    private async Task VoidDepositAsync(Quote quote, Actor actor, CancellationToken cancellationToken)
    {
        var deposit = await db.Deposits.SingleOrDefaultAsync(d => d.QuoteId == quote.Id && d.QuoteRevision == quote.Revision, cancellationToken);
        if (deposit is { IsDue: true })
        {
            deposit.Void(Now);
            db.Audit(Now, actor, DepositSubjects.EntityType, deposit.Reference, "No longer due", nameof(DepositState.Due), nameof(DepositState.Void), "Quote cancelled");
        }
    }

    private static void EnsureAdmin(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new UnauthorizedAccessException("Only an admin can decide on a discount above the sales authority.");
        }
    }

    private async Task RecordAsync(Quote quote, Actor actor, string action, QuoteStatus from, string? reason, CancellationToken cancellationToken)
    {
        db.Record(Now, actor, quote, action, from.ToString(), quote.Status.ToString(), reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Quote> FindAsync(int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken)
    {
        var quote = await db.Quotes.VisibleTo(actor).SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken)
                    ?? throw new NotFoundException("The quote");
        quote.EnsureUnchangedSince(seenVersion);
        return quote;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
