using Portal.Domain.Catalog;

namespace Portal.Domain.Configurations;

/// <summary>A component put into each rack of a configuration, with how many of it per rack.</summary>
public sealed record ComponentLine(Product Product, int Quantity);
