namespace Portal.Domain.Payments;

/// <summary>How each deposit state reads, in one table: as a page's label ("Refund owed") and inside a sentence ("D-… is owed back").</summary>
public static class DepositStateText
{
    public static string Label(DepositState state) => Of(state).Label;

    public static string Phrase(DepositState state) => Of(state).Phrase;

    private static (string Label, string Phrase) Of(DepositState state) => state switch
    {
        DepositState.Due => ("Due", "due"),
        DepositState.Paid => ("Paid", "paid"),
        DepositState.Refunding => ("Being refunded", "being refunded"),
        DepositState.Refunded => ("Refunded", "refunded"),
        DepositState.RefundOwed => ("Refund owed", "owed back"),
        DepositState.Void => ("No longer due", "no longer due"),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a deposit state."),
    };
}
