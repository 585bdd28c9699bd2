namespace Portal.Application.Quotes.Accept;

/// <summary>What the customer types to accept an issued quote, and the revision it read.</summary>
public sealed record AcceptQuoteCommand(string? Name, string? Title, string? PurchaseOrder, bool AcceptTerms, int Revision)
{
    /// <summary>Says what an answer that names no revision lacks; the pages name the one they show, the API its caller.</summary>
    public const string RevisionNotNamed = "Name the revision you answer: its number, as the quote shows it.";

    public const string PurchaseOrderNeeded = "Your company asks for a purchase order number to accept a quote: type it.";

    /// <summary>The purchase order goes with the acceptance, so an approval that leaves another to give takes none.</summary>
    public const string PurchaseOrderAtTheLastApproval =
        "The purchase order number is given with the last approval, which accepts the quote; leave it empty for this one.";

    /// <summary>Whether this approval must carry a purchase order number: the company requires one and the approval accepts; the handler sets it.</summary>
    public bool PurchaseOrderRequired { get; init; }
}
