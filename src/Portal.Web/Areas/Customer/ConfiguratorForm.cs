using System.ComponentModel.DataAnnotations;
using Portal.Application.Configurations;
using Portal.Application.Configurations.Standard;
using Portal.Domain.Quotes;

namespace Portal.Web.Areas.Customer;

/// <summary>The configurator's form: a base rack, component rows, a rack count and a site. Empty rows are ignored.</summary>
public sealed class ConfiguratorForm
{
    public const int BlankRows = 3;

    [Display(Name = "Base rack")] public string? RackSku { get; set; }
    [Display(Name = "Number of racks")] public int RackCount { get; set; } = 1;
    [Display(Name = "Site")] public int? SiteId { get; set; }

    /// <summary>The draft this configuration goes into; none starts a new quote request.</summary>
    public int? QuoteId { get; set; }

    /// <summary>The configuration of that draft being changed; none adds a new one.</summary>
    public int? ConfigurationId { get; set; }
    public List<ComponentRow> Components { get; set; } = [];

    /// <summary>The form for changing a rack already on a quote request.</summary>
    public static ConfiguratorForm From(Quote quote, QuoteRack rack) => new()
    {
        RackSku = rack.Rack!.Sku,
        RackCount = rack.RackCount,
        SiteId = quote.SiteId,
        QuoteId = quote.Id,
        ConfigurationId = rack.Id,
        Components = rack.Components.Select(c => new ComponentRow { Sku = c.Product!.Sku, Quantity = c.Quantity }).ToList(),
    };

    /// <summary>The form filled in from a standard configuration, checked against the company's first site.</summary>
    public static ConfiguratorForm From(StandardStart start, int? siteId, int? quoteId) => new()
    {
        RackSku = start.RackSku,
        SiteId = siteId,
        QuoteId = quoteId,
        Components = start.Components.Select(c => new ComponentRow { Sku = c.Sku, Quantity = c.Quantity }).ToList(),
    };

    public ConfigurationRequest ToRequest() =>
        new(RackSku, Components.Select(c => new ComponentRequest(c.Sku, c.Quantity ?? 0)).ToList(), RackCount, SiteId);

    /// <summary>The rows to show: those filled in, then a few blank ones to add components without script.</summary>
    public ConfiguratorForm WithBlankRows()
    {
        Components = Components.Where(c => !string.IsNullOrWhiteSpace(c.Sku))
            .Take(ConfigurationEvaluator.MaxComponentRows)
            .Concat(Enumerable.Range(0, BlankRows).Select(_ => new ComponentRow()))
            .Take(ConfigurationEvaluator.MaxComponentRows)
            .ToList();
        return this;
    }
}

public sealed class ComponentRow
{
    public string? Sku { get; set; }
    public int? Quantity { get; set; }
}
