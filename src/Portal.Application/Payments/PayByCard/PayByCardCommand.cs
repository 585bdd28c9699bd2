namespace Portal.Application.Payments.PayByCard;

/// <summary>The customer goes to pay a card deposit, and comes back to the given pages.</summary>
public sealed record PayByCardCommand(int DepositId, CheckoutReturn Back);

/// <summary>Where the payer comes back to from the provider's checkout page: after paying, or after giving up.</summary>
public sealed record CheckoutReturn(string SuccessUrl, string CancelUrl);
