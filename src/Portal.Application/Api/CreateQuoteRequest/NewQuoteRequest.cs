using Portal.Application.Configurations;
using Portal.Application.Quotes.AddProduct;

namespace Portal.Application.Api.CreateQuoteRequest;

/// <summary>A quote request as a procurement system sends it in one call.</summary>
/// <param name="SiteId">One of the company's sites; its power and cooling judge the configurations.</param>
/// <param name="RequestedQuarter">The delivery quarter wanted, such as "2027-Q2"; none for the earliest.</param>
public sealed record NewQuoteRequest(int? SiteId, string? RequestedQuarter, string? Notes, IReadOnlyList<NewRackConfiguration>? Configurations,
    IReadOnlyList<AddProductCommand>? Products);

/// <param name="Components">Per rack: each component's SKU and quantity.</param>
/// <param name="RackCount">How many racks of this configuration.</param>
public sealed record NewRackConfiguration(string? RackSku, IReadOnlyList<ComponentRequest>? Components, int RackCount);
