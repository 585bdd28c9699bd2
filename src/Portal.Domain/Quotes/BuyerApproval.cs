using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// One approval by the buyer's company of an issued revision: who gave it, in what role, when. The last approval the
/// company's rule needs is the acceptance; a revision that is replaced or expires drops the approvals given to it.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class BuyerApproval
{
    private BuyerApproval()
    {
        UserId = string.Empty;
        Name = string.Empty;
        Title = string.Empty;
    }

    public BuyerApproval(string userId, string name, string title, int revision, DateTime approvedUtc)
    {
        UserId = userId;
        Name = name.Trim();
        Title = title.Trim();
        Revision = revision;
        ApprovedUtc = approvedUtc;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; }
    public string Name { get; private set; }
    public string Title { get; private set; }
    public int Revision { get; private set; }
    public DateTime ApprovedUtc { get; private set; }
}
