using Portal.Application.Common;

namespace Portal.Application.Quotes.Decline;

/// <summary>
/// The customer declines a quote, saying why. A page names what the customer saw by the quote's version
/// (<paramref name="SeenVersion"/>), the API by the revision's number (<paramref name="Revision"/>).
/// </summary>
public sealed record DeclineQuoteCommand(int QuoteId, DecisionNote Reason, int? SeenVersion = null, int? Revision = null);
