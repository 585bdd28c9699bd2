using Portal.Web.Common;

namespace Portal.Web;

public static class Pipeline
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseMiddleware<SecurityHeaders>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        // The plain-text baseline the benchmarks compare pages with.
        app.MapGet("/ping", () => "pong");
        app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
