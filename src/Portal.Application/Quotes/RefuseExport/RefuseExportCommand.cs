namespace Portal.Application.Quotes.RefuseExport;

/// <summary>A held quote refused an export, and why: the customer and sales are told.</summary>
public sealed record RefuseExportCommand(int QuoteId, string? Reason);
