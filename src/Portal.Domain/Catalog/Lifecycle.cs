namespace Portal.Domain.Catalog;

public enum Lifecycle
{
    Available,
    AllocationLimited,
    PreRelease,
    EndOfLife,
}
