using System.ComponentModel.DataAnnotations;
using Portal.Application.Catalog.UpdateProduct;
using Portal.Application.Catalog.Browse;
using Portal.Domain.Catalog;

namespace Portal.Web.Areas.Admin;

public sealed class ProductForm
{
    public string Name { get; set; } = string.Empty;
    public string Summary { get; set; } = string.Empty;
    public Lifecycle Lifecycle { get; set; }
    [Display(Name = "List price")] public decimal ListPrice { get; set; }
    [Display(Name = "Lead time (weeks)")] public int LeadTimeWeeks { get; set; }
    [Display(Name = "Height (U)")] public int HeightU { get; set; }
    [Display(Name = "Power draw (W)")] public int PowerWatts { get; set; }
    [Display(Name = "Weight (kg)")] public int WeightKg { get; set; }
    [Display(Name = "Maximum per order")] public int MaxQuantityPerOrder { get; set; }
    [Display(Name = "Export classification")] public string? ExportClassification { get; set; }

    public UpdateProductCommand ToCommand(string sku) =>
        new(sku, Name, Summary ?? string.Empty, Lifecycle, ListPrice, LeadTimeWeeks, HeightU, PowerWatts, WeightKg, MaxQuantityPerOrder,
            ExportClassification);

    public static ProductForm From(Product product) => new()
    {
        Name = product.Name,
        Summary = product.Summary,
        Lifecycle = product.Lifecycle,
        ListPrice = product.ListPrice.Major,
        LeadTimeWeeks = product.LeadTimeWeeks,
        HeightU = product.HeightU,
        PowerWatts = product.PowerWatts,
        WeightKg = product.WeightKg,
        MaxQuantityPerOrder = product.MaxQuantityPerOrder,
        ExportClassification = product.ExportClassification,
    };
}

public sealed class SupplyForm
{
    public string Quarter { get; set; } = string.Empty;
    public int Units { get; set; }
}

public sealed record ProductEditPage(ProductPage Page, ProductForm Product, SupplyForm Supply);
