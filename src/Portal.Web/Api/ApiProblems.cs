using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Api;

/// <summary>Errors of the API as RFC 9457 problem details.</summary>
public static class ApiProblems
{
    public static async Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail },
            options: null, contentType: "application/problem+json", http.RequestAborted);
    }
}
