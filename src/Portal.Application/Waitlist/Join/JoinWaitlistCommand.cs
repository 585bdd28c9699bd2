using Portal.Domain.Common;

namespace Portal.Application.Waitlist.Join;

/// <summary>A customer queues for units of a product in a quarter; an empty quarter means the earliest with supply.</summary>
public sealed record JoinWaitlistCommand(string? Sku, int? Quantity, string? Quarter)
{
    public Quarter? WantedQuarter => Domain.Common.Quarter.TryParse(Quarter, out var quarter) ? quarter : null;
}
