using Portal.Application;
using Portal.Infrastructure;
using Portal.Infrastructure.Seeding;
using Portal.Web;
using Portal.Web.Common;
using Portal.Web.Payments;

var builder = WebApplication.CreateBuilder(SettingsFiles.WithoutWatcher(args));
SettingsFiles.PollForChanges(builder.Configuration);
if (StartupRequirements.Refusal(builder.Configuration, builder.Environment) is { } refusal)
{
    await Console.Error.WriteLineAsync(refusal);
    return 1;
}
builder.WebHost.UseStaticWebAssets();

WebApplication app;
try
{
    builder.Services
        .AddApplication()
        .AddInfrastructure(builder.Configuration, builder.Environment)
        .AddWeb(builder.Configuration, builder.Environment);
    StandInRunner.AddTo(builder.Services, builder.Configuration, builder.Environment);

    app = builder.Build();

    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<PortalInitializer>().InitializeAsync();
}
catch (StartRefused refused)
{
    await Console.Error.WriteLineAsync(refused.Message);
    return 1;
}

app.UsePortalPipeline();
app.MapPortalEndpoints();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
