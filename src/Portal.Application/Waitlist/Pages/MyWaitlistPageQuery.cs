using Portal.Application.Common;
using Portal.Application.Sites;

namespace Portal.Application.Waitlist.Pages;

/// <summary>Reads a customer's waitlist page: its organization's entries, and the sites an accepted offer can go to.</summary>
public sealed class MyWaitlistPageQuery(WaitlistQueries queries, SiteQueries sites)
{
    public async Task<MyWaitlistPage> GetAsync(Actor actor, CancellationToken cancellationToken = default) =>
        new(await queries.MineAsync(actor, cancellationToken), await sites.ListAsync(actor, cancellationToken));
}
