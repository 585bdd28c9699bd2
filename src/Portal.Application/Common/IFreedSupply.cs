namespace Portal.Application.Common;

/// <summary>
/// Offers supply a step has just freed (a cancelled quote's committed units) down the waitlist at once, instead of at
/// the offer job's next run. The waitlist provides it; a feature that frees supply asks for it here, so it needs nothing
/// of the waitlist's own.
/// </summary>
public interface IFreedSupply
{
    /// <summary>Answers how many offers it made.</summary>
    Task<int> OfferFreeSupplyAsync(CancellationToken cancellationToken = default);
}
