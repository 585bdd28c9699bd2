using Portal.Application.Common;

namespace Portal.Application.Waitlist.Pages;

/// <summary>Reads the entry whose offer its customer is about to decline; another organization's is a 404.</summary>
public sealed class DeclineOfferPageQuery(CustomerEntries entries)
{
    public async Task<DeclineOfferPage> GetAsync(int entryId, Actor actor, CancellationToken cancellationToken = default) =>
        new(await entries.FindAsync(entryId, null, actor, cancellationToken));
}
