namespace Portal.Web.Common;

/// <summary>
/// The one-time notices ("Site saved.") travel in the TempData cookie. Reading TempData on a request without that
/// cookie would answer with a cookie deletion, which keeps the page out of the output cache, so the layout asks first.
/// </summary>
public static class Notices
{
    public const string CookieName = "Portal.Notice";

    public static bool Pending(HttpContext context) => context.Request.Cookies.ContainsKey(CookieName);
}
