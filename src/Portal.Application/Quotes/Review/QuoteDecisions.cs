using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Holds;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Review;

/// <summary>
/// The moves of a submitted request around its pricing: sales claims it, sends it back for changes, rejects it or opens
/// a new revision of an issued one; an admin sends a quote waiting for approval back to sales; the customer or sales
/// cancels it. The quote records each step, which its save audits and mails to the other side; a move that ends the
/// quote gives back the supply it held (a request made from a waitlist offer holds its units from the start).
/// </summary>
public sealed class QuoteDecisions(
    IPortalDb db,
    IValidator<DecisionNote> notes,
    AllocationHolds holds,
    Acting acting,
    TimeProvider clock)
{
    public async Task ClaimAsync(int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var quote = await FindAsync(quoteId, seenVersion, actor, cancellationToken);
        quote.Claim(actor.UserId, Now);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<Result> RequestChangesAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(quoteId, seenVersion, note, actor, (q, text) => q.RequestChanges(text, Now), cancellationToken);

    public Task<Result> RejectAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(quoteId, seenVersion, note, actor, (q, text) => q.Reject(text, Now), cancellationToken);

    /// <summary>An admin sends a quote waiting for approval back to the salesperson who priced it, saying why.</summary>
    public Task<Result> SendBackForPricingAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(actor);
        return DecideAsync(quoteId, seenVersion, note, actor, (q, text) => q.SendBackForPricing(text, Now), cancellationToken);
    }

    /// <summary>
    /// Sales opens the next revision of an issued, declined or expired quote to price it again. The issued revision can
    /// no longer be accepted and the supply it held goes back until the new revision is issued; the customer is told.
    /// </summary>
    public async Task ReviseAsync(int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var quote = await FindAsync(quoteId, seenVersion, actor, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Revise(actor.UserId, Now);
        await holds.ReleaseAsync(quote, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sales moves the delivery to another quarter (not one already past); the customer is told.</summary>
    public async Task<Result> MoveDeliveryAsync(int quoteId, int? seenVersion, string? quarterText, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var quote = await FindAsync(quoteId, seenVersion, actor, cancellationToken);
        if (!Quarter.TryParse(quarterText, out var quarter) || quarter < Quarter.Containing(Now))
        {
            return Result.Fail("Quarter", QuarterRules.PastQuarter);
        }
        if (QuarterRules.IsBeyondHorizon(quarter, Now))
        {
            return Result.Fail("Quarter", QuarterRules.BeyondHorizon(Now));
        }
        quote.MoveDelivery(quarter, Now);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>The customer or sales cancels a quote; whatever supply it held goes back; the other side is told.</summary>
    public async Task CancelAsync(int quoteId, int? seenVersion, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = await FindAsync(quoteId, seenVersion, actor, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Cancel(Clip(reason), Now);
        await holds.ReleaseAsync(quote, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<Result> DecideAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, Action<Quote, string> move,
        CancellationToken cancellationToken)
    {
        acting.As(actor).EnsureStaff();
        var quote = await FindAsync(quoteId, seenVersion, actor, cancellationToken);
        var validation = await notes.ValidateAsync(note, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        move(quote, note.Text!.Trim());
        if (quote.Status.IsClosed())
        {
            await holds.ReleaseAsync(quote, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }

    private static string? Clip(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, DecisionNote.MaxLength)];

    private static void EnsureAdmin(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new NotAllowedException("Only an admin can decide on a discount above the sales authority.");
        }
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
