using Portal.Application.Configurations;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Submit;

/// <summary>
/// What still breaks the line rules of a quote in full, including the ones a request from a waitlist offer was let
/// through without (its bare racks' networking, which sales adds in review): nothing is approved or issued before it is empty.
/// </summary>
public sealed class QuoteCompleteness(QuoteLineRules rules, ConfigurationPolicy policy)
{
    public IReadOnlyList<string> Missing(Quote quote, Organization organization, Site? site, DateTime now) =>
        rules.Check(new Submission(quote, organization, site, policy, now)).Select(e => e.Message).Distinct().ToList();
}
