namespace Portal.Application.Api;

/// <summary>
/// How many active API keys a company may have (<c>Api:Keys:PerCompany</c>, 5 by default; the staff keys count as the
/// vendor's). Its calls share one rate limit whatever the number of keys, and a cap keeps its list of keys one that a
/// person can still review.
/// </summary>
public sealed class ApiKeyLimit
{
    public const string Section = "Api:Keys";

    public int PerCompany { get; set; } = 5;
}
