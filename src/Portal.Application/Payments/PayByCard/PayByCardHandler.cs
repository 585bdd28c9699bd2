using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Payments.PayByCard;

/// <summary>
/// The customer goes to pay a card deposit: to the checkout session already open for it, or to a new one. The payment
/// is confirmed only by the provider (webhook or reconciliation), never by the payer coming back.
/// </summary>
public sealed class PayByCardHandler(IPortalDb db, IPaymentGateway gateway, CheckoutSettlement settlement, TimeProvider clock)
{
    /// <summary>Answers the checkout page to send the payer to; null when the deposit turns out to be paid already.</summary>
    public async Task<string?> HandleAsync(PayByCardCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerWith(CompanyRoles.Finance);
        var deposit = await db.Deposits.SingleOrDefaultAsync(d => d.Id == command.DepositId && d.OrganizationId == organizationId, cancellationToken)
                      ?? throw new NotFoundException("The deposit");
        if (!gateway.TakesCards)
        {
            throw new DomainException("Card payments are not available on this portal; pay the deposit by bank transfer with the invoice.");
        }
        if (!deposit.CanPayByCard)
        {
            throw new DomainException($"Deposit {deposit.Reference} is {Deposit.Describe(deposit.State)} and paid by {Deposit.Describe(deposit.Method)}; it cannot be paid by card now.");
        }
        if (deposit.CheckoutSessionId is { } openId)
        {
            var open = await gateway.GetCheckoutAsync(openId, cancellationToken);
            if (open.Status == CheckoutStatus.Open && deposit.CheckoutChargesAmount)
            {
                return open.Url;
            }
            if (open.Status == CheckoutStatus.Open)
            {
                await gateway.ExpireCheckoutAsync(openId, cancellationToken);
                open = open with { Status = CheckoutStatus.Expired };
            }
            await settlement.SettleAsync(deposit, open, actor, cancellationToken);
            if (!deposit.IsDue)
            {
                return null;
            }
        }
        var quoteNumber = deposit.QuoteId is { } quoteId
            ? await db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number).SingleAsync(cancellationToken)
            : null;
        var session = await gateway.OpenCheckoutAsync(RequestFor(deposit, quoteNumber, command.Back), cancellationToken);
        deposit.OpenCheckout(session.Id, session.Url, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return session.Url;
    }

    /// <summary>
    /// The session asks for exactly what is due, names the deposit, quote and revision in its metadata, and is opened
    /// with an idempotency key of the deposit's version: a retry after a lost answer gets the same session back.
    /// </summary>
    private static CheckoutRequest RequestFor(Deposit deposit, string? quoteNumber, CheckoutReturn back)
    {
        var metadata = new Dictionary<string, string>
        {
            ["deposit_id"] = deposit.Id.ToString(CultureInfo.InvariantCulture),
            ["reference"] = deposit.Reference,
            ["description"] = deposit.Description,
        };
        if (quoteNumber is not null)
        {
            metadata["quote_number"] = quoteNumber;
            metadata["quote_revision"] = deposit.QuoteRevision!.Value.ToString(CultureInfo.InvariantCulture);
        }
        if (deposit.WaitlistEntryId is { } entry)
        {
            metadata["waitlist_entry_id"] = entry.ToString(CultureInfo.InvariantCulture);
        }
        return new CheckoutRequest(deposit.Id, deposit.Reference, deposit.Description, deposit.Amount, metadata, back.SuccessUrl, back.CancelUrl,
            string.Create(CultureInfo.InvariantCulture, $"deposit-{deposit.Id}-checkout-{deposit.Version}"));
    }
}
