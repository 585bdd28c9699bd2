using Portal.Application.Configurations;

namespace Portal.Application.Quotes.SaveConfiguration;

/// <summary>
/// A configuration to put on a draft: on <paramref name="QuoteId"/>'s (a new draft when none is given), in the place of
/// <paramref name="ConfigurationId"/> when it was opened from one.
/// </summary>
public sealed record SaveConfigurationCommand(int? QuoteId, int? ConfigurationId, ConfigurationRequest Configuration);
