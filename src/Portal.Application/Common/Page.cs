namespace Portal.Application.Common;

/// <summary>One page of a longer list.</summary>
public static class Paging
{
    /// <summary>The requested page number, kept between the first and the last page (an empty list has one page).</summary>
    public static int Clamp(int requested, int total, int size) => Math.Clamp(requested, 1, Math.Max(1, (total + size - 1) / size));
}

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < PageCount;
}
