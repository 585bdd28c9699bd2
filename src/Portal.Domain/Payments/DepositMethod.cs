namespace Portal.Domain.Payments;

/// <summary>How a deposit is paid: by card through Stripe Checkout, or by bank transfer against a deposit invoice.</summary>
public enum DepositMethod
{
    Card,
    BankTransfer,
}
