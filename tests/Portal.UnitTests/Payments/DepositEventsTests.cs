using Portal.Domain.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Payments;

/// <summary>Each step of a deposit records what happened, from which state to which and why; a refused step records nothing.</summary>
public sealed class DepositEventsTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Money Due1000 = new(1_000, "USD");

    private static Deposit Due()
    {
        var quote = new Quote(1, "buyer", Now);
        quote.AddProduct(Products.Service(), 1, Now);
        quote.Describe(7, Quarter.Containing(Now).Plus(1), "", Now);
        quote.Submit(Now);
        return Deposit.ForQuote(quote, Due1000, takesCards: true, Now);
    }

    private static Deposit Paid()
    {
        var deposit = Due();
        deposit.ConfirmCardPayment("pi_1", Due1000, "paid by card, checkout session cs_1", Now);
        deposit.TakeEvents();
        return deposit;
    }

    [Fact]
    public void AskingForADepositRecordsNothingYet() => Assert.False(Due().HasEvents);

    [Fact]
    public void ACardPaymentRecordsPaidFromDueWithHowItArrived()
    {
        var deposit = Due();
        deposit.ConfirmCardPayment("pi_1", Due1000, "paid by card, checkout session cs_1", Now);

        var paid = Assert.IsType<DepositPaid>(Assert.Single(deposit.TakeEvents()));
        Assert.Equal((DepositState.Due, DepositState.Paid, Now, "paid by card, checkout session cs_1"), (paid.From, paid.To, paid.OccurredUtc, paid.How));
        Assert.Same(deposit, paid.Deposit);
        Assert.False(deposit.HasEvents);
    }

    [Fact]
    public void ATransferRecordsPaidWithItsDayAndReference()
    {
        var deposit = Due();
        deposit.RecordTransfer(Due1000, new DateOnly(2026, 11, 25), " REF-1 ", "sales", Now);

        var paid = Assert.IsType<DepositPaid>(Assert.Single(deposit.TakeEvents()));
        Assert.Equal("bank transfer received 2026-11-25, reference REF-1", paid.How);
    }

    [Fact]
    public void ARefusedPaymentRecordsTheProblemAndLeavesTheStateAsItWas()
    {
        var deposit = Due();
        deposit.RefusePayment("A payment of $9.00 arrived, but the deposit asks for $10.00.", Now);

        var refused = Assert.IsType<PaymentRefused>(Assert.Single(deposit.TakeEvents()));
        Assert.Equal((DepositState.Due, DepositState.Due, "A payment of $9.00 arrived, but the deposit asks for $10.00."), (refused.From, refused.To, refused.Problem));
        Assert.Equal(refused.Problem, deposit.Problem);
    }

    [Fact]
    public void ARefundWeAskedForRecordsRefundedFromPaidWithWhy()
    {
        var deposit = Paid();
        deposit.Refund("re_1", "Quote cancelled", Now);

        var refunded = Assert.IsType<DepositRefunded>(Assert.Single(deposit.TakeEvents()));
        Assert.Equal((DepositState.Paid, DepositState.Refunded, "Quote cancelled"), (refunded.From, refunded.To, refunded.Why));
    }

    [Fact]
    public void ARefundAtTheProviderRecordsItsOwnEvent()
    {
        var deposit = Paid();
        deposit.RefundAtProvider("charge ch_1", Now);

        var refunded = Assert.IsType<RefundedAtProvider>(Assert.Single(deposit.TakeEvents()));
        Assert.Equal((DepositState.Paid, DepositState.Refunded, "charge ch_1"), (refunded.From, refunded.To, deposit.RefundId));
    }

    [Fact]
    public void ADepositPaidByTransferOwedBackRecordsRefundOwed()
    {
        var deposit = Due();
        deposit.RecordTransfer(Due1000, new DateOnly(2026, 11, 25), "REF-1", "sales", Now);
        deposit.TakeEvents();
        deposit.OweRefund("Reservation withdrawn", Now);

        var owed = Assert.IsType<DepositRefundOwed>(Assert.Single(deposit.TakeEvents()));
        Assert.Equal((DepositState.Paid, DepositState.RefundOwed, "Reservation withdrawn"), (owed.From, owed.To, owed.Why));
    }

    [Fact]
    public void AVoidedDepositRecordsVoidedFromDue()
    {
        var deposit = Due();
        deposit.Void("Quote cancelled", Now);

        var voided = Assert.IsType<DepositVoided>(Assert.Single(deposit.TakeEvents()));
        Assert.Equal((DepositState.Due, DepositState.Void, "Quote cancelled"), (voided.From, voided.To, voided.Why));
    }

    [Fact]
    public void ARefusedStepRecordsNothing()
    {
        var deposit = Due();

        Assert.Throws<DomainException>(() => deposit.ConfirmCardPayment("pi_1", new Money(999, "USD"), "by card", Now));
        Assert.Throws<DomainException>(() => deposit.Refund("re_1", "Quote cancelled", Now));
        Assert.Throws<DomainException>(() => deposit.OweRefund("Quote cancelled", Now));
        Assert.False(deposit.HasEvents);
    }
}
