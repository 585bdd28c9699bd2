namespace Portal.Application.Common;

/// <summary>Work the portal does on a timer (expiring quotes, offering waitlist supply); each run answers how much it did.</summary>
public interface IPortalJob
{
    string Name { get; }

    Task<int> RunAsync(CancellationToken cancellationToken = default);
}
