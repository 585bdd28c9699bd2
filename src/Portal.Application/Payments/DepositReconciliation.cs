using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Application.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Payments;

/// <summary>
/// Asks the provider about checkout sessions still open on our side 30 minutes after they were opened, and settles
/// them as they stand there: a webhook that never arrived never leaves a paid deposit unrecorded.
/// </summary>
public sealed partial class DepositReconciliation(
    IPortalDb db, IPaymentGateway gateway, CheckoutSettlement settlement, TimeProvider clock, ILogger<DepositReconciliation> logger) : IPortalJob
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(30);

    public string Name => "Deposit reconciliation";

    /// <summary>Answers how many deposits it found paid.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!gateway.TakesCards)
        {
            return 0;
        }
        var openedBefore = clock.GetUtcNow().UtcDateTime - Patience;
        var waiting = await db.Deposits.AsNoTracking()
            .Where(d => d.State == DepositState.Due && d.CheckoutSessionId != null && d.CheckoutOpenedUtc < openedBefore)
            .OrderBy(d => d.CheckoutOpenedUtc).Select(d => d.Id).Take(200).ToListAsync(cancellationToken);
        var paid = 0;
        foreach (var id in waiting)
        {
            db.ChangeTracker.Clear();
            var deposit = await db.Deposits.SingleAsync(d => d.Id == id, cancellationToken);
            var session = await gateway.GetCheckoutAsync(deposit.CheckoutSessionId!, cancellationToken);
            LogSettled(logger, deposit.Reference, await settlement.SettleAsync(deposit, session, Actor.System, cancellationToken));
            paid += deposit.State == DepositState.Paid ? 1 : 0;
        }
        return paid;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciled {Reference}: {Outcome}")]
    private static partial void LogSettled(ILogger logger, string reference, string outcome);
}
