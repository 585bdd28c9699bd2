using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Payments.CancelWithRefund;

/// <summary>
/// An admin cancels a quote whose deposit is paid: the deposit is refunded through the provider (or owed back when it
/// came by transfer) first, so that when the provider cannot be reached nothing changes; then the quote's step is
/// saved, whose events release its committed supply and tell both sides, and the supply is offered down the waitlist.
/// </summary>
public sealed class CancelWithRefundHandler(IPortalDb db, IValidator<DecisionNote> notes, DepositRefunds refunds, IFreedSupply freed, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(CancelWithRefundCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!acting.As(actor).IsAdmin)
        {
            throw new NotAllowedException("Only an admin can cancel a quote whose deposit is paid.");
        }
        var quote = await db.Quotes.SingleOrDefaultAsync(q => q.Id == command.QuoteId, cancellationToken) ?? throw new NotFoundException("The quote");
        quote.EnsureUnchangedSince(command.SeenVersion);
        var validation = await notes.ValidateAsync(command.Reason, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var deposit = await db.Deposits.SingleAsync(d => d.QuoteId == quote.Id && d.QuoteRevision == quote.Revision, cancellationToken);
        quote.CancelAfterDeposit(command.Reason.Text!.Trim(), clock.GetUtcNow().UtcDateTime);
        await refunds.RefundAsync(deposit, DepositAudit.QuoteCancelled, cancellationToken);
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await freed.OfferFreeSupplyAsync(cancellationToken);
        return Result.Success;
    }
}
