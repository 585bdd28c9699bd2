using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Waitlist;

/// <summary>Job intervals out of range are brought within one minute to a day instead of stopping the portal.</summary>
public sealed class JobIntervalTests
{
    [Theory]
    [InlineData("0", "100000")]
    [InlineData("-5", "1440")]
    public async Task ThePortalStartsWhateverTheJobIntervals(string expiryMinutes, string offerMinutes)
    {
        using var factory = new PortalFactory(new SqliteTestDatabase(), new Dictionary<string, string>
        {
            ["Quotes:ExpiryCheckMinutes"] = expiryMinutes, ["Waitlist:OfferCheckMinutes"] = offerMinutes,
        });
        using var client = factory.NewClient();

        var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.Status);
    }
}
