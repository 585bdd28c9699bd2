namespace Portal.Web.Common;

/// <summary>
/// Refuses an address whose path or query holds a null character, with 400, as the framework's form reader already
/// refuses one in a posted form. No field of the portal can hold one, and PostgreSQL rejects it in any text it is
/// asked to compare, which made a search for one a 500.
/// </summary>
public sealed class NullCharacterGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true
            || request.Query.Any(p => p.Key.Contains('\0', StringComparison.Ordinal) || p.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
