using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pages;

/// <summary>What happens next to a quote request, as its customer reads it: a step that is the customer's to take, or one it waits for.</summary>
public sealed record CustomerNextStep(string Text, bool IsYours)
{
    public static CustomerNextStep Of(QuoteStatus status) => status switch
    {
        QuoteStatus.Draft => Yours("Finish and submit the request"),
        QuoteStatus.ChangesRequested => Yours("Make the changes asked for and resubmit"),
        QuoteStatus.Issued => Yours("Accept or decline the quote"),
        QuoteStatus.Accepted => Yours("Pay the deposit"),
        QuoteStatus.Submitted or QuoteStatus.InReview or QuoteStatus.PendingApproval or QuoteStatus.Approved => Ours("Our sales team prepares your quote"),
        QuoteStatus.ComplianceHold => Ours("We wait for the export licence"),
        QuoteStatus.DepositPaid => Ours("We confirm the delivery with you"),
        _ => Ours("Nothing: the request is closed"),
    };

    private static CustomerNextStep Yours(string text) => new(text, true);

    private static CustomerNextStep Ours(string text) => new(text, false);
}
