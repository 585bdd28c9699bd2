using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Payments;

/// <summary>
/// Refunds a paid deposit because what it was for ended: through the provider when it came by card, owed back (paid by
/// the vendor's finance team) when it came by transfer. The refund is asked for with an idempotency key of the
/// deposit: a retry after a failure on our side gets the same refund back instead of a second one.
/// </summary>
public sealed class DepositRefunds(IPortalDb db, IPaymentGateway gateway, TimeProvider clock)
{
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
