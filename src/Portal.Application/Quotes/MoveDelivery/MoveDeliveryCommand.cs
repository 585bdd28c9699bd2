namespace Portal.Application.Quotes.MoveDelivery;

/// <summary>The quarter ("2027-Q2") sales moves a request's delivery to.</summary>
public sealed record MoveDeliveryCommand(string? Quarter);
