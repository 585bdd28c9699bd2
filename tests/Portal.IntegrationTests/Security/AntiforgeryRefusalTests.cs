using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Security;

/// <summary>A tampered antiforgery cookie is an expected refusal: a clear 400 page and one warning line, never an error with a stack trace.</summary>
public sealed class AntiforgeryRefusalTests
{
    [Fact]
    public async Task ATamperedAntiforgeryCookieIsAClear400AndOneWarningWithoutATrace()
    {
        var logs = new LogCapture();
        using var factory = new PortalFactory(new SqliteTestDatabase(), services: services => services.AddSingleton<ILoggerProvider>(logs));
        var cookies = new System.Net.CookieContainer();
        using var client = factory.NewClient(cookies);
        var token = await client.AntiforgeryTokenAsync("/Account/Login");
        var cookie = cookies.GetAllCookies().Single(c => c.Name == "Portal.Antiforgery");
        cookies.Add(new System.Net.Cookie(cookie.Name, (cookie.Value[0] == 'A' ? "B" : "A") + cookie.Value[1..], cookie.Path, cookie.Domain));
        var logged = logs.Entries.Count;

        var page = await client.GetAsync("/Account/Login");
        var refused = await client.PostAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Email"] = "buyer@helios.example", ["Password"] = PortalFactory.DemoPassword, ["__RequestVerificationToken"] = token,
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Reload the page", refused.Text("main"));
        var entries = logs.Entries.Skip(logged).ToList();
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error || e.Exception is not null);
        var warning = Assert.Single(entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("antiforgery", warning.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', warning.Message);
    }
}
