using Portal.Domain.Common;

namespace Portal.Domain.Configurations;

/// <summary>Something an admin did to a standard configuration; saving it turns the event into its audit row.</summary>
public abstract record StandardConfigurationEvent(StandardConfiguration Configuration) : IDomainEvent;

/// <param name="Summary">Its name, rack and components as created.</param>
public sealed record StandardConfigurationCreated(StandardConfiguration Configuration, string Summary) : StandardConfigurationEvent(Configuration);

public sealed record StandardConfigurationChanged(StandardConfiguration Configuration, string Before, string After) : StandardConfigurationEvent(Configuration);

public sealed record StandardConfigurationRetired(StandardConfiguration Configuration) : StandardConfigurationEvent(Configuration);
