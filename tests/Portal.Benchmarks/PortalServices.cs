using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Portal.Application;
using Portal.Application.Common;
using Portal.Infrastructure;

namespace Portal.Benchmarks;

/// <summary>The portal's own application and infrastructure services, in this process, on the running portal's database.</summary>
internal static class PortalServices
{
    /// <param name="settings">The portal's settings as environment variables name them (Database__Provider), such as the database it opens.</param>
    public static ServiceProvider Create(string publishFolder, string dataFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataFolder"] = dataFolder,
            ["Catalog:File"] = Path.Combine(publishFolder, "Data", "demo-vendor.json"),
        }).AddInMemoryCollection((settings ?? new Dictionary<string, string>()).Select(s =>
            KeyValuePair.Create(s.Key.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), (string?)s.Value))).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddApplication();
        services.AddInfrastructure(configuration, new Environment(publishFolder));
        services.AddSingleton<IPageLinks, BenchmarkPageLinks>();
        return services.BuildServiceProvider();
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "Portal.Benchmarks";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new PhysicalFileProvider(contentRoot);
    }
}
