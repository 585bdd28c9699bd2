using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Catalog.Browse;
using Portal.Application.Configurations;
using Portal.Application.Quotes.Pages;
using Portal.Domain.Configurations;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer;

/// <summary>
/// The configurator's form as the buyer filled it in, with what the page offers and the rack checked; the options come
/// selected as the form says, so the view only lists them.
/// </summary>
/// <param name="StartedFrom">The standard configuration the form was filled in from, if it was.</param>
public sealed record ConfiguratorPage(ConfiguratorForm Form, ConfiguratorChoices Choices, string? StartedFrom = null)
{
    public ConfigurationEvaluation Evaluation => Choices.Evaluation;

    /// <summary>The standard configurations to start from, offered while a new rack is being built.</summary>
    public IReadOnlyList<StandardConfigurationOffer> Standards => Form.ConfigurationId is null ? Choices.Standards : [];

    public IReadOnlyList<RackChoice> RackOptions =>
        Choices.Racks.Select(r => new RackChoice(r.Sku, $"{r.Name} ({Display.Badge(r.Availability).Text})", r.Generation, Same(r.Sku, Form.RackSku))).ToList();

    public IReadOnlyList<SelectListItem> SiteOptions =>
        Common.Choices.Of(Choices.Sites, Form.SiteId?.ToString(CultureInfo.InvariantCulture), s => s.Id.ToString(CultureInfo.InvariantCulture),
            s => $"{s.Name}, {s.City} · {s.PowerAvailableKw:N0} kW · {s.Cooling} cooling");

    /// <summary>
    /// A component row's options by family: those that fit the rack are offered, and the one chosen is kept so that its
    /// message shows; each says the generations it fits, as the page's script reads them when another rack is chosen.
    /// </summary>
    public IReadOnlyList<ComponentGroup> ComponentOptions(ComponentRow row) =>
        Display.ByFamily(Choices.Components)
            .Select(family => new ComponentGroup(Display.Family(family.Key), family
                .Select(p => new ComponentChoice(p.Sku, $"{p.Name} · {Display.Amount(p.ListPrice)}", string.Join(' ', p.Fits),
                    Choices.Fits(p) || Same(p.Sku, row.Sku), Same(p.Sku, row.Sku)))
                .ToList()))
            .ToList();

    public string AddButton => Form.QuoteId is null ? "Start a quote request with it"
        : Form.ConfigurationId is null ? "Add it to the quote request" : "Save it on the quote request";

    private static bool Same(string sku, string? chosen) => string.Equals(sku, chosen, StringComparison.OrdinalIgnoreCase);
}

public sealed record RackChoice(string Value, string Text, string? Generation, bool Selected);

public sealed record ComponentGroup(string Label, IReadOnlyList<ComponentChoice> Options);

/// <param name="Fits">The rack generations it fits, separated by spaces.</param>
/// <param name="Offered">Shown and choosable: it fits the rack chosen, or it is the one chosen.</param>
public sealed record ComponentChoice(string Value, string Text, string Fits, bool Offered, bool Selected);
