using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// Each company's calls (all its keys together) are counted in a window, told in the standard headers, and refused with a
/// 429 problem beyond the permits; another company's are counted on their own.
/// </summary>
public sealed class ApiRateLimitTests
{
    [Fact]
    public async Task ACompanyIsToldWhereItStandsAndRefusedBeyondItsPermitsWithAnyOfItsKeysWhileAnotherCompanyIsNot()
    {
        using var factory = new PortalFactory(new SqliteTestDatabase(), new Dictionary<string, string>
        {
            ["Api:RateLimit:Permits"] = "3",
            ["Api:RateLimit:Window"] = "00:10:00",
        });
        var (busy, second, quiet) = (await ApiCaller.ForAsync(factory, "buyer@helios.example"), await ApiCaller.ForAsync(factory, "buyer@helios.example"),
            await ApiCaller.ForAsync(factory, "buyer@fjord.example"));

        var answers = new List<HttpResponseMessage>();
        for (var call = 0; call < 4; call++)
        {
            answers.Add(await busy.SendAsync(HttpMethod.Get, "/api/v1/catalog"));
        }
        using var sameCompany = await second.SendAsync(HttpMethod.Get, "/api/v1/catalog");
        using var other = await quiet.SendAsync(HttpMethod.Get, "/api/v1/catalog");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.Equal(["2", "1", "0", "0"], answers.Select(a => a.Headers.GetValues("RateLimit-Remaining").Single()));
        Assert.All(answers, a => Assert.Equal("3", a.Headers.GetValues("RateLimit-Limit").Single()));
        Assert.All(answers, a => Assert.Equal("3;w=600", a.Headers.GetValues("RateLimit-Policy").Single()));
        var reset = int.Parse(answers[^1].Headers.GetValues("RateLimit-Reset").Single());
        Assert.InRange(reset, 1, 600);
        Assert.Equal(TimeSpan.FromSeconds(reset), answers[^1].Headers.RetryAfter!.Delta);
        Assert.Equal("application/problem+json", answers[^1].Content.Headers.ContentType!.MediaType);
        Assert.Contains("3 calls every 600 s", await answers[^1].Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, sameCompany.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("2", other.Headers.GetValues("RateLimit-Remaining").Single());
        answers.ForEach(a => a.Dispose());

        // Made-up keys buy no permits of their own: calls without a good key count against their address.
        var madeUp = new List<HttpStatusCode>();
        for (var call = 0; call < 4; call++)
        {
            using var answer = await new ApiCaller(factory, $"portal_{Guid.NewGuid():N}"[..19] + "_madeup").SendAsync(HttpMethod.Get, "/api/v1/catalog");
            madeUp.Add(answer.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], madeUp);
    }
}
