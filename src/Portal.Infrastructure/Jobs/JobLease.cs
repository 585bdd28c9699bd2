using Portal.Domain.Common;

namespace Portal.Infrastructure.Jobs;

/// <summary>Which portal instance runs a job, until when: with several instances on one database, each run happens once.</summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class JobLease
{
    public const int NameMaxLength = 100;
    public const int HolderMaxLength = 200;

    private JobLease()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public string Holder { get; private set; } = string.Empty;

    public DateTime ExpiresUtc { get; private set; }
}
