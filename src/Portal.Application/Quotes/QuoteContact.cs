namespace Portal.Application.Quotes;

/// <summary>The person at the customer who asked for the quote.</summary>
public sealed record QuoteContact(string Name, string Email);
