using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Persistence;

namespace Portal.IntegrationTests.Support;

/// <summary>The real portal on a real, freshly migrated database, with the demo data, in a non-Development environment.</summary>
public sealed class PortalFactory(
    TestDatabase database,
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-Portal-2026";

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("portal-test-").FullName;

    public string OutboxFolder => Path.Combine(DataFolder, "outbox");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Portal:DataFolder", DataFolder);
        builder.UseSetting("Database:Provider", database.Provider);
        if (database.ConnectionString is { } connectionString)
        {
            builder.UseSetting("ConnectionStrings:Portal", connectionString);
        }
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        // The suite signs in, registers and submits hundreds of times a minute from one address, far more than any
        // person: the limits are lifted here, and the rate-limit tests set their own.
        foreach (var limit in new[] { "SignIn", "Registration", "QuoteSubmission", "LiveFeedback" })
        {
            builder.UseSetting($"RateLimits:{limit}:Permits", "1000000");
        }
        // Likewise each API test makes keys of the demo companies, which share their company's calls: the key-limit and
        // API rate-limit tests set their own.
        builder.UseSetting("Api:Keys:PerCompany", "1000000");
        builder.UseSetting("Api:RateLimit:Permits", "1000000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }

    /// <summary>Serves on a free loopback port (Kestrel) instead of in memory, and answers its address.</summary>
    public Uri Listen()
    {
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress;
    }

    public PortalClient NewClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client whose cookies live in <paramref name="cookies"/>, where the test can copy them.</summary>
    public PortalClient NewClient(System.Net.CookieContainer cookies) => new(CreateDefaultClient(new Uri("http://localhost"), new CookieJar(cookies)));

    /// <summary>A new client, signed in as the demo user with that address.</summary>
    public async Task<PortalClient> SignedInAsync(string email)
    {
        var client = NewClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Reads the database directly, to check what a request stored (or did not).</summary>
    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            database.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine; the temp folder is cleaned by the OS.
            }
        }
    }
}
