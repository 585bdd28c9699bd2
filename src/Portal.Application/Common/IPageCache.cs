namespace Portal.Application.Common;

/// <summary>Rendered pages the web layer keeps, to be dropped as soon as the data they show changes.</summary>
public interface IPageCache
{
    Task DropCatalogAsync(CancellationToken cancellationToken = default);

    Task DropOrganizationAsync(int organizationId, CancellationToken cancellationToken = default);

    /// <summary>The staff's review queue: any change to a quote, a customer's name or a colleague's name shows in it.</summary>
    Task DropReviewQueueAsync(CancellationToken cancellationToken = default);

    /// <summary>Every customer's waitlist page: a place in line moves when anyone's entry or any supply changes.</summary>
    Task DropWaitlistAsync(CancellationToken cancellationToken = default);
}
