using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Payments.RecordTransfer;

/// <summary>
/// Sales records a bank transfer that has arrived for a deposit, which pays the deposit as a confirmed card payment
/// would (the deposit's event takes what it was for to its next step).
/// </summary>
public sealed class RecordTransferHandler(IPortalDb db, IValidator<RecordTransferCommand> validator, IPaymentGateway gateway, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(RecordTransferCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var deposit = await db.Deposits.SingleOrDefaultAsync(d => d.Id == command.DepositId, cancellationToken) ?? throw new NotFoundException("The deposit");
        if (command.SeenVersion is { } seen && seen != deposit.Version)
        {
            throw new DomainException($"Deposit {deposit.Reference} changed while you were looking at it; it is now {Deposit.Describe(deposit.State)}. Reload the page and record the transfer again if it is still due.");
        }
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var received = Money.FromMajor(command.Amount!.Value, deposit.Currency);
        if (!deposit.IsCoveredBy(received))
        {
            return Result.Fail(nameof(command.Amount), $"The deposit asks for {deposit.Amount}; record the transfer once exactly that has arrived.");
        }
        var hadCheckout = deposit.CheckoutSessionId is not null;
        if (await CloseCheckoutAsync(deposit, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        try
        {
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            deposit.RecordTransfer(received, command.ReceivedOn!.Value, command.Reference!, actor.UserId, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (hadCheckout)
        {
            // The provider's webhook for the checkout just expired can close it on the deposit before this save: record
            // the transfer on the deposit as it is now (still due, or paid by card meanwhile, which refuses it clearly).
            db.ChangeTracker.Clear();
            return await HandleAsync(command with { SeenVersion = null }, actor, cancellationToken);
        }
        return Result.Success;
    }

    /// <summary>
    /// A card checkout still open for the deposit is expired at the provider first, so the customer cannot pay twice;
    /// a checkout already paid refuses the transfer, as the card payment is about to be confirmed.
    /// </summary>
    private async Task<Result?> CloseCheckoutAsync(Deposit deposit, CancellationToken cancellationToken)
    {
        if (deposit.CheckoutSessionId is not { } open)
        {
            return null;
        }
        var session = await gateway.GetCheckoutAsync(open, cancellationToken);
        if (session.IsPaid)
        {
            return Result.Fail("", $"The customer has just paid {deposit.Reference} by card; the payment is being confirmed, so do not record a transfer for it.");
        }
        if (session.Status == CheckoutStatus.Open)
        {
            await gateway.ExpireCheckoutAsync(open, cancellationToken);
        }
        deposit.CloseCheckout(open, clock.GetUtcNow().UtcDateTime);
        return null;
    }
}
