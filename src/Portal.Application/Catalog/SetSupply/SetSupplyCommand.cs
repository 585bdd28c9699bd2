namespace Portal.Application.Catalog.SetSupply;

/// <summary>An admin sets the units of an allocation-limited product available in a quarter ("2027-Q1").</summary>
public sealed record SetSupplyCommand(string Sku, string Quarter, int Units);
