namespace Portal.StripeStandIn;

/// <summary>
/// A local stand-in for the part of Stripe's API the portal uses, for tests and offline demos. Point Stripe.net at it
/// with its API base; it signs its webhooks as Stripe does. Settings: StandIn:WebhookUrl, StandIn:WebhookSecret,
/// StandIn:PublicUrl (see <see cref="StandInOptions"/>). It runs on its own, or inside the portal's development run,
/// which also hands it the secrets of the demo ERP's receiver (see <see cref="DemoErpReceiver"/>).
/// </summary>
public static class StandInProgram
{
    public static void Main(string[] args) => Build(args).Run();

    /// <summary>The stand-in as a web application of its own, configured from the arguments (--urls, --StandIn:...).</summary>
    /// <param name="demoErpSecrets">Where the demo ERP's receiver finds its secrets; without it, nothing it receives verifies.</param>
    public static WebApplication Build(string[] args, DemoErpSecrets? demoErpSecrets = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(StandInProgram).Assembly.GetName().Name });
        builder.Services.Configure<StandInOptions>(builder.Configuration.GetSection(StandInOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        builder.Services.AddSingleton<StandInLedger>();
        builder.Services.AddSingleton<IdempotentReplies>();
        builder.Services.AddSingleton<DemoErpInbox>();
        builder.Services.AddSingleton(demoErpSecrets ?? (_ => Task.FromResult<IReadOnlyList<string>>([])));
        builder.Services.AddHttpClient(WebhookDispatcher.Client, client => client.Timeout = TimeSpan.FromSeconds(10));

        var app = builder.Build();
        app.MapGet("/", () => "Stripe stand-in for the portal: test mode only.");
        StripeApi.Map(app);
        CheckoutPages.Map(app);
        DemoErpReceiver.Map(app);
        return app;
    }
}
