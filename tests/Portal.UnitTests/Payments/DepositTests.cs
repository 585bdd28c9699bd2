using Portal.Domain.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Payments;

/// <summary>A deposit's way: asked for, paid by card (exactly what is due) or by transfer, refunded, owed back or no longer due.</summary>
public sealed class DepositTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    private static Deposit Due(long minorUnits, bool takesCards = true)
    {
        var quote = new Quote(1, "buyer", Now);
        quote.AddProduct(Products.Service(), 1, Now);
        quote.Describe(7, Quarter.Containing(Now).Plus(1), "", Now);
        quote.Submit(Now);
        return Deposit.ForQuote(quote, new Money(minorUnits, "USD"), takesCards, Now);
    }

    [Theory]
    [InlineData(99_999_999, true, DepositMethod.Card)]
    [InlineData(100_000_000, true, DepositMethod.BankTransfer)]
    [InlineData(1_000, false, DepositMethod.BankTransfer)]
    public void ACardTakesAtMostEightDigitsOfMinorUnitsAndOnlyWhenCardsAreTaken(long minorUnits, bool takesCards, DepositMethod method) =>
        Assert.Equal(method, Due(minorUnits, takesCards).Method);

    [Fact]
    public void ItIsPaidByCardOnlyForExactlyWhatIsDueInItsCurrency()
    {
        var deposit = Due(500_000);
        deposit.OpenCheckout("cs_1", "https://pay/cs_1", Now);

        Assert.Throws<DomainException>(() => deposit.ConfirmCardPayment("pi_1", new Money(499_999, "USD"), "by card", Now));
        Assert.Throws<DomainException>(() => deposit.ConfirmCardPayment("pi_1", new Money(500_000, "EUR"), "by card", Now));
        Assert.Equal(DepositState.Due, deposit.State);

        deposit.ConfirmCardPayment("pi_1", new Money(500_000, "usd"), "by card", Now);
        Assert.Equal((DepositState.Paid, "pi_1"), (deposit.State, deposit.PaymentIntentId));
        Assert.Throws<DomainException>(() => deposit.ConfirmCardPayment("pi_2", new Money(500_000, "USD"), "by card", Now));
        Assert.Throws<DomainException>(() => deposit.OpenCheckout("cs_2", "https://pay/cs_2", Now));
    }

    [Fact]
    public void ATransferIsRecordedForExactlyWhatIsDueWithItsDayAndReference()
    {
        var deposit = Due(250_000_000);

        Assert.Throws<DomainException>(() => deposit.OpenCheckout("cs_1", "https://pay/cs_1", Now));
        Assert.Throws<DomainException>(() => deposit.RecordTransfer(new Money(1, "USD"), new DateOnly(2026, 11, 25), "REF", "sales", Now));
        deposit.RecordTransfer(new Money(250_000_000, "USD"), new DateOnly(2026, 11, 25), "  REF-1 ", "sales", Now);

        Assert.Equal((DepositState.Paid, "REF-1", "sales"), (deposit.State, deposit.TransferReference, deposit.RecordedById));
        deposit.OweRefund("Quote cancelled", Now);
        Assert.Equal(DepositState.RefundOwed, deposit.State);
    }

    [Fact]
    public void OnlyAPaidDepositIsRefundedAndOnlyADueOneIsVoided()
    {
        var deposit = Due(1_000);
        Assert.Throws<DomainException>(() => deposit.Refund("re_1", "Quote cancelled", Now));
        deposit.OpenCheckout("cs_1", "https://pay/cs_1", Now);
        deposit.Void("Quote cancelled", Now);
        Assert.Equal((DepositState.Void, null), (deposit.State, deposit.CheckoutSessionId));
        Assert.Throws<DomainException>(() => deposit.ConfirmCardPayment("pi_1", new Money(1_000, "USD"), "by card", Now));

        var paid = Due(1_000);
        paid.ConfirmCardPayment("pi_1", new Money(1_000, "USD"), "by card", Now);
        Assert.Throws<DomainException>(() => paid.Void("Quote cancelled", Now));
        paid.Refund("re_1", "Quote cancelled", Now);
        Assert.Equal((DepositState.Refunded, "re_1"), (paid.State, paid.RefundId));
        Assert.Throws<DomainException>(() => paid.Refund("re_2", "Quote cancelled", Now));
    }

    [Fact]
    public void AnExpiredCheckoutIsClosedOnlyWhenItIsTheOpenOneAndAChangedAmountNeedsANewOne()
    {
        var deposit = Due(1_000);
        deposit.OpenCheckout("cs_1", "https://pay/cs_1", Now);
        deposit.CloseCheckout("cs_old", Now);
        Assert.True(deposit.CheckoutChargesAmount);

        deposit.ChangeAmount(new Money(2_000, "USD"), "Two units now", Now);
        Assert.False(deposit.CheckoutChargesAmount);
        deposit.CloseCheckout("cs_1", Now);
        Assert.Null(deposit.CheckoutSessionId);
    }

    [Fact]
    public void NothingIsAskedForNothing() =>
        Assert.Throws<DomainException>(() => Due(0));
}
