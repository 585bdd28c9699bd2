namespace Portal.Application.Quotes.ClearExport;

/// <summary>A held quote cleared with the export licence that covers it: its number and the last day it is valid.</summary>
public sealed record ClearExportCommand(int QuoteId, string? LicenceNumber, DateTime? LicenceExpires);
