using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Review;
using Portal.Application.Waitlist;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Payments;

/// <summary>
/// An admin cancels a quote whose deposit is paid: the deposit is refunded through the provider (or owed back when it
/// came by transfer); the quote's step releases its committed supply and tells both sides, and the supply is then
/// offered down the waitlist. The refund is asked for first,
/// with an idempotency key of the deposit: when the provider cannot be reached nothing changes, and a retry after a
/// failure on our side gets the same refund back instead of a second one.
/// </summary>
public sealed class DepositRefunds(
    IPortalDb db,
    IPaymentGateway gateway,
    IValidator<DecisionNote> notes,
    WaitlistOffers offers,
    Acting acting,
    TimeProvider clock)
{
    public async Task<Result> CancelQuoteAsync(int quoteId, int? seenVersion, DecisionNote reason, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!acting.As(actor).IsAdmin)
        {
            throw new NotAllowedException("Only an admin can cancel a quote whose deposit is paid.");
        }
        var quote = await db.Quotes.SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken) ?? throw new NotFoundException("The quote");
        quote.EnsureUnchangedSince(seenVersion);
        var validation = await notes.ValidateAsync(reason, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var deposit = await db.Deposits.SingleAsync(d => d.QuoteId == quote.Id && d.QuoteRevision == quote.Revision, cancellationToken);
        quote.CancelAfterDeposit(reason.Text!.Trim(), Now);
        await RefundAsync(deposit, DepositAudit.QuoteCancelled, cancellationToken);
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await offers.OfferFreeSupplyAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>
    /// Refunds a paid deposit; the caller saves the result. A card refund first claims the deposit as being refunded
    /// (one conditional update), so that the provider's webhook about the refund leaves it to us; if the provider
    /// cannot be reached, the claim is given back. A deposit left being refunded (a crash in between) is refunded
    /// again with the same idempotency key, which the provider answers with the same refund.
    /// </summary>
    /// <param name="why">What ended that the deposit was for, as its audit row says.</param>
    public async Task RefundAsync(Deposit deposit, string why, CancellationToken cancellationToken)
    {
        if (deposit.State == DepositState.Refunded)
        {
            return;
        }
        if (deposit.Method != DepositMethod.Card || deposit.PaymentIntentId is not { } intent)
        {
            deposit.OweRefund(why, Now);
            return;
        }
        if (await MoveAsync(deposit, [DepositState.Paid, DepositState.Refunding], DepositState.Refunding, cancellationToken) == 0)
        {
            throw new Domain.Common.DomainException($"Deposit {deposit.Reference} is {Deposit.Describe(deposit.State)}; it cannot be refunded now.");
        }
        string refundId;
        try
        {
            refundId = await gateway.RefundAsync(intent, deposit.Amount, string.Create(CultureInfo.InvariantCulture, $"deposit-{deposit.Id}-refund"), cancellationToken);
        }
        catch (PaymentProviderException)
        {
            await MoveAsync(deposit, [DepositState.Refunding], DepositState.Paid, CancellationToken.None);
            throw;
        }
        deposit.Refund(refundId, why, Now);
    }

    /// <summary>Moves the deposit between states in one conditional update, and reloads it; answers the rows moved.</summary>
    private async Task<int> MoveAsync(Deposit deposit, DepositState[] from, DepositState to, CancellationToken cancellationToken)
    {
        var moved = await db.Deposits.Where(d => d.Id == deposit.Id && from.Contains(d.State))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, to).SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);
        await db.Entry(deposit).ReloadAsync(cancellationToken);
        return moved;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
