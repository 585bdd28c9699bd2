namespace Portal.Application.Common;

/// <summary>One page of a longer list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < PageCount;
}
