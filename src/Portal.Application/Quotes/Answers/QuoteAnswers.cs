using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Payments;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Review;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Answers;

/// <summary>
/// The customer's answer to an issued quote: accepted (who, role, purchase order, time, address; the supply stays held)
/// or declined with a reason (the supply goes back).
/// </summary>
public sealed class QuoteAnswers(
    IPortalDb db,
    IValidator<AcceptQuoteCommand> acceptRules,
    IValidator<DecisionNote> notes,
    AllocationHolds holds,
    IPaymentGateway gateway,
    Acting acting,
    TimeProvider clock)
{
    public async Task<Result> AcceptAsync(int quoteId, AcceptQuoteCommand command, string ipAddress, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await FindAsync(quoteId, actor, cancellationToken);
        var validation = await acceptRules.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var now = Now;
        var acceptance = new QuoteAcceptance(command.Name!, command.Title!, command.PurchaseOrder, ipAddress, command.Revision, now);
        quote.Accept(acceptance, now);
        var revision = await db.QuoteRevisions.AsNoTracking().SingleAsync(r => r.QuoteId == quote.Id && r.Number == quote.Revision, cancellationToken);
        db.Deposits.Add(Deposit.ForQuote(quote, revision.Totals.Deposit, gateway.TakesCards, now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Says what an answer that names no revision lacks; the pages name the one they show, the API its caller.</summary>
    public const string RevisionNotNamed = "Name the revision you answer: its number, as the quote shows it.";

    public async Task<Result> DeclineAsync(int quoteId, int? seenVersion, DecisionNote reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await FindAsync(quoteId, actor, cancellationToken);
        quote.EnsureUnchangedSince(seenVersion);
        return await DeclineAsync(quote, reason, actor, cancellationToken);
    }

    /// <summary>Declines the revision named by its number, as an acceptance names it; another revision is refused.</summary>
    public async Task<Result> DeclineRevisionAsync(int quoteId, int revision, DecisionNote reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await FindAsync(quoteId, actor, cancellationToken);
        if (revision < 1)
        {
            return Result.Fail(nameof(AcceptQuoteCommand.Revision), RevisionNotNamed);
        }
        quote.EnsureAnswering(revision);
        return await DeclineAsync(quote, reason, actor, cancellationToken);
    }

    private async Task<Result> DeclineAsync(Quote quote, DecisionNote reason, Actor actor, CancellationToken cancellationToken)
    {
        var validation = await notes.ValidateAsync(reason, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Decline(reason.Text!.Trim(), Now);
        await holds.ReleaseAsync(quote, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }

    private async Task<Quote> FindAsync(int quoteId, Actor actor, CancellationToken cancellationToken)
    {
        var organizationId = acting.As(actor).CustomerOrganizationId;
        return await db.Quotes.SingleOrDefaultAsync(q => q.Id == quoteId && q.OrganizationId == organizationId, cancellationToken)
               ?? throw new NotFoundException("The quote");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
