using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Payments;

/// <summary>
/// Deposits paid by bank transfer: the invoice the customer pays against, and sales recording the transfer once it
/// has arrived, which pays the deposit as a confirmed card payment would.
/// </summary>
public sealed class BankTransfers(
    IPortalDb db,
    IValidator<RecordTransferCommand> validator,
    Acting acting,
    IDepositInvoiceRenderer renderer,
    IPaymentGateway gateway,
    DepositQueries deposits,
    VendorProfile vendor,
    TimeProvider clock)
{
    public async Task<Result> RecordAsync(int depositId, int? seenVersion, RecordTransferCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var deposit = await db.Deposits.SingleOrDefaultAsync(d => d.Id == depositId, cancellationToken) ?? throw new NotFoundException("The deposit");
        if (seenVersion is { } seen && seen != deposit.Version)
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
            await PayAsync(deposit, received, command, actor, cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (hadCheckout)
        {
            // The provider's webhook for the checkout just expired can close it on the deposit before this save: record
            // the transfer on the deposit as it is now (still due, or paid by card meanwhile, which refuses it clearly).
            db.ChangeTracker.Clear();
            return await RecordAsync(depositId, null, command, actor, cancellationToken);
        }
        return Result.Success;
    }

    private async Task PayAsync(Deposit deposit, Money received, RecordTransferCommand command, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        deposit.RecordTransfer(received, command.ReceivedOn!.Value, command.Reference!, actor.UserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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

    /// <summary>The invoice of a deposit the actor may see (its organization's, or any for staff); 404 otherwise.</summary>
    public async Task<(string FileName, byte[] Pdf)> InvoiceAsync(int depositId, Actor actor, CancellationToken cancellationToken = default)
    {
        var view = await deposits.ViewAsync(depositId, actor, cancellationToken);
        var date = DateOnly.FromDateTime(view.Deposit.CreatedUtc);
        var invoice = new DepositInvoice(vendor, view.Customer, view.Deposit, view.QuoteNumber, view.Bank, date, date.AddDays(view.Bank.DueDays), view.IsTestMode);
        return ($"{view.Deposit.Reference}.pdf", renderer.Render(invoice));
    }
}
