namespace Portal.Application.Quotes.AddProduct;

/// <summary>A product outside any rack: a service, spares.</summary>
public sealed record AddProductCommand(string? Sku, int Quantity);
