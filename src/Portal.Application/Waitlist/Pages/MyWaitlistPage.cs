using Portal.Domain.Organizations;

namespace Portal.Application.Waitlist.Pages;

/// <summary>The organization's waitlist, with the sites an accepted offer can go to.</summary>
public sealed record MyWaitlistPage(IReadOnlyList<MyWaitlistRow> Rows, IReadOnlyList<Site> Sites)
{
    /// <summary>The entries still waiting or offered.</summary>
    public IReadOnlyList<MyWaitlistRow> Active => Rows.Where(r => r.Entry.IsActive).ToList();

    /// <summary>The entries that ended: accepted, declined, expired or withdrawn.</summary>
    public IReadOnlyList<MyWaitlistRow> Past => Rows.Where(r => !r.Entry.IsActive).ToList();
}
