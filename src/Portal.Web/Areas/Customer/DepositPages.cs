using Portal.Application.Payments;
using Portal.Domain.Payments;

namespace Portal.Web.Areas.Customer;

/// <summary>A deposit's page for its customer; while a card payment is on its way (back from checkout, or paid there and not yet confirmed), it waits for the provider's word.</summary>
public sealed record CustomerDepositPage(DepositView View, bool ReturnedFromCheckout)
{
    /// <summary>Paid by card on the checkout page, but not confirmed by the provider yet: the page reloads itself.</summary>
    public bool IsProcessing => (ReturnedFromCheckout || View.PaymentOnItsWay) && View.Deposit.IsDue && View.Deposit.Method == DepositMethod.Card;

    /// <summary>The Pay button: for a card deposit still due, unless a payment is already on its way (no second one).</summary>
    public bool OffersCardPayment => View.Deposit.CanPayByCard && View.TakesCards && !IsProcessing;

    public bool IsPaid => View.Deposit.State == DepositState.Paid;
}
