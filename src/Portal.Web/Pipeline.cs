using Portal.Infrastructure.Persistence;
using Portal.Web.Common;
using Portal.Web.Payments;

namespace Portal.Web;

public static class Pipeline
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // A database that cannot be reached is the friendly 503 (try again in a moment), anything else a 500.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                StatusCodeSelector = failure => DatabaseOutage.Is(failure) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<NullCharacterGuard>();
        app.UseRouting();
        app.UseAuthentication();
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
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        return app;
    }
}
