using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Api;

/// <summary>Errors of the API as RFC 9457 problem details.</summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    public static async Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail },
            options: null, contentType: ContentType, http.RequestAborted);
    }

    /// <summary>The problem as an action's result.</summary>
    public static ObjectResult Result(int status, string title, string detail) => Result(new ProblemDetails { Status = status, Title = title, Detail = detail });

    public static ObjectResult Result(ProblemDetails problem) => new(problem) { StatusCode = problem.Status, ContentTypes = { ContentType } };
}
