using Portal.Application.Configurations;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Submit;

/// <summary>A draft with everything its submission rules look at: its organization, its site and the time.</summary>
public sealed record Submission(Quote Quote, Organization Organization, Site? Site, ConfigurationPolicy Policy, DateTime Now)
{
    /// <inheritdoc cref="ConfigurationCheck.ComponentsToComplete"/>
    public bool ComponentsToComplete { get; init; }

    /// <summary>The waitlist offer the request is made from (product, units, quarter held for it); null for a draft the customer submits.</summary>
    public (string Product, int Units, Quarter Quarter)? FromOffer { get; init; }

    public Quarter CurrentQuarter => Quarter.Containing(Now);

    /// <summary>The first quarter the longest lead time of the quote's products allows.</summary>
    public Quarter EarliestDelivery => Quote.EarliestDelivery(Now);

    public IEnumerable<(int Index, ConfigurationCheck Check)> Configurations =>
        Quote.Racks.Select((c, i) => (i, new ConfigurationCheck(c.Rack!.Sku, c.Rack,
            c.Components.Select(x => new ComponentCheck(x.Product!.Sku, x.Product, x.Quantity)).ToList(), c.RackCount, Site, Policy)
        {
            ComponentsToComplete = ComponentsToComplete,
        }));
}
