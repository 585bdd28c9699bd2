using Portal.Application;
using Portal.Infrastructure;
using Portal.Infrastructure.Seeding;
using Portal.Web;
using Portal.Web.Payments;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets();

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, builder.Environment)
    .AddWeb(builder.Configuration);
StandInRunner.AddTo(builder.Services, builder.Configuration, builder.Environment);

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<PortalInitializer>().InitializeAsync();
}

app.UsePortalPipeline();
app.MapPortalEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
