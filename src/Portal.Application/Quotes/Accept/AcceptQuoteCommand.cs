namespace Portal.Application.Quotes.Accept;

/// <summary>What the customer types to accept an issued quote, and the revision it read.</summary>
public sealed record AcceptQuoteCommand(string? Name, string? Title, string? PurchaseOrder, bool AcceptTerms, int Revision)
{
    /// <summary>Says what an answer that names no revision lacks; the pages name the one they show, the API its caller.</summary>
    public const string RevisionNotNamed = "Name the revision you answer: its number, as the quote shows it.";

    public const string PurchaseOrderNeeded = "Your company asks for a purchase order number to accept a quote: type it.";

    /// <summary>Whether the company requires a purchase order number to accept; the handler sets it from the company.</summary>
    public bool PurchaseOrderRequired { get; init; }
}
