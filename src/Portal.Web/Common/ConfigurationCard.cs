using Portal.Application.Quotes.Pricing;

namespace Portal.Web.Common;

/// <summary>A priced rack configuration as a card on a quote's page; a draft's card offers to change or remove it.</summary>
public sealed record ConfigurationCard(ConfigurationPrice Priced, decimal VolumeDiscountPercent, int? EditableQuoteId);
