namespace Portal.Domain.Configurations;

/// <summary>A standard configuration as a customer is offered it: what it is, and the rack it is built on.</summary>
public sealed record StandardConfigurationOffer(int Id, string Name, string Description, string RackSku, string RackName);

public static class StandardConfigurationOffers
{
    /// <summary>The active ones, by name: what the configurator and the rack's product page offer.</summary>
    public static IQueryable<StandardConfigurationOffer> Offered(this IQueryable<StandardConfiguration> all) =>
        all.Where(c => !c.Retired).OrderBy(c => c.Name)
            .Select(c => new StandardConfigurationOffer(c.Id, c.Name, c.Description, c.Rack!.Sku, c.Rack.Name));
}
