using Portal.Application.Common;
using Portal.Web.Common;
using Portal.Web.Payments;

namespace Portal.Web;

public static class Pipeline
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<HeadAsGet>();
        if (!app.Environment.IsDevelopment())
        {
            // A database that cannot be reached is the friendly 503 (try again in a moment), anything else a 500.
            var outage = app.Services.GetRequiredService<IDatabaseOutage>();
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                StatusCodeSelector = failure => outage.Caused(failure) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }
        // The API answers its errors as problem details, not as pages.
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/Error/{0}"));
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<NullCharacterGuard>();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimits>();
        app.UseAuthentication();
        // After the key is known (its company's calls are counted together), before the call is authorized or answered.
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<Api.ApiRateLimiting>());
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        // The plain-text baseline the benchmarks compare pages with.
        app.MapGet("/ping", () => "pong").AllowAnonymous();
        PaymentWebhookEndpoint.Map(app);
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        // An address no endpoint answers is a friendly 404 for everyone, not a sign-in prompt.
        app.MapFallback("{*path}", context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                return Api.ApiProblems.WriteAsync(context, StatusCodes.Status404NotFound, "Not found", "The API has no such address; see /api/v1/openapi.json.");
            }
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        return app;
    }
}
