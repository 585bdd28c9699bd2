using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// The portal on a real port with low limits. Each test is a client of its own address, forwarded by the loopback
/// reverse proxy the portal trusts, so the tests do not spend each other's permits, and forwarding is tested too.
/// </summary>
public sealed class RateLimitedPortal() : PortalFixture(DatabaseKind.Sqlite)
{
    private Uri? _address;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:SignIn:Permits"] = "3",
        ["RateLimits:Registration:Permits"] = "2",
        ["RateLimits:QuoteSubmission:Permits"] = "2",
        ["RateLimits:LiveFeedback:Permits"] = "3",
    };

    /// <summary>A client whose requests the loopback proxy forwards for <paramref name="address"/>.</summary>
    public PortalClient ClientFrom(string address)
    {
        _address ??= Factory.Listen();
        var client = PortalClient.Over(_address);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}

public sealed class RateLimitTests(RateLimitedPortal portal) : IClassFixture<RateLimitedPortal>
{
    private static int _lastAddress;

    /// <summary>A documentation address no other test of the class uses.</summary>
    private static string NewAddress() => $"198.51.100.{Interlocked.Increment(ref _lastAddress)}";

    private static Dictionary<string, string> Credentials(string password) =>
        new() { ["Email"] = "buyer@helios.example", ["Password"] = password };

    private static void AssertRefused(PortalClient.Page page)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Contains("Too many requests", page.Text("h1"));
        Assert.Contains("Wait a minute", page.Body);
    }

    [SkippableFact]
    public async Task SignInsBeyondTheLimitGetA429PageWithRetryAfterWhileAnotherAddressSignsIn()
    {
        using var client = portal.ClientFrom(NewAddress());
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var wrong = await client.SubmitAsync("/Account/Login", Credentials("not-the-password"));
            Assert.Equal(HttpStatusCode.OK, wrong.Status);
        }

        var fields = Credentials(PortalFactory.DemoPassword);
        fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/Account/Login");
        var refused = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
        using var other = portal.ClientFrom(NewAddress());
        await other.SignInAsync("buyer@helios.example");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After on the 429.");
        AssertRefused(await PortalClient.Page.ReadAsync(refused));
    }

    [SkippableFact]
    public async Task RegistrationsAndResetMailsShareALimitPerAddress()
    {
        using var client = portal.ClientFrom(NewAddress());

        var first = await client.SubmitAsync("/Account/Register", new Dictionary<string, string>());
        var second = await client.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = "someone@example.com" });
        var third = await client.SubmitAsync("/Account/Register", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second.Status);
        AssertRefused(third);
    }

    [SkippableFact]
    public async Task QuoteSubmissionsAreLimitedPerPersonNotPerAddress()
    {
        var address = NewAddress();
        using var helios = portal.ClientFrom(address);
        using var fjord = portal.ClientFrom(address);
        await helios.SignInAsync("buyer@helios.example");
        await fjord.SignInAsync("buyer@fjord.example");
        var token = await helios.AntiforgeryTokenAsync("/Customer/Quotes");
        var fjordToken = await fjord.AntiforgeryTokenAsync("/Customer/Quotes");

        // Quotes that do not exist: the limit counts attempts, whatever their outcome.
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            answers.Add((await helios.PostAsync("/Customer/Quotes/Submit/999999", new Dictionary<string, string> { ["__RequestVerificationToken"] = token })).Status);
        }
        var fjordAnswer = await fjord.PostAsync("/Customer/Quotes/Submit/999999", new Dictionary<string, string> { ["__RequestVerificationToken"] = fjordToken });

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.NotFound, fjordAnswer.Status);
    }

    [SkippableFact]
    public async Task LiveFeedbackBeyondTheLimitIsRefusedAndTheFullPageStillWorks()
    {
        using var client = portal.ClientFrom(NewAddress());
        await client.SignInAsync("buyer@helios.example");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/Customer/Configurator"),
            ["RackSku"] = "TRN3-RACK-48U",
            ["RackCount"] = "1",
        };

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            answers.Add((await client.PostAsync("/Customer/Configurator/Evaluate", fields)).Status);
        }
        var fullPage = await client.PostAsync("/Customer/Configurator", fields);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, fullPage.Status);
    }

    [SkippableTheory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("http:evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task ASignInGoesNowhereButThePortalWhateverTheReturnUrl(string returnUrl)
    {
        using var client = portal.ClientFrom(NewAddress());

        var page = await client.SubmitAsync($"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}", Credentials(PortalFactory.DemoPassword));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/", page.Location);
    }
}
