using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Webhooks;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Webhooks.WebhookSteps;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>
/// An endpoint whose address is not public is refused on the Webhooks page with a field message, also when an IPv6 form
/// carries a private IPv4 address (NAT64, 6to4, IPv4-compatible, SIIT) or the address lies in a special-purpose block.
/// </summary>
public abstract class WebhookAddressFormTests(PortalFixture portal)
{
    [SkippableTheory]
    [InlineData("https://[64:ff9b::a9fe:a9fe]/events")]
    [InlineData("https://[64:ff9b::7f00:1]/events")]
    [InlineData("https://[64:ff9b:1::a00:1]/events")]
    [InlineData("https://[2002:7f00:1::]/events")]
    [InlineData("https://[2002:a9fe:a9fe::]/events")]
    [InlineData("https://[::127.0.0.1]/events")]
    [InlineData("https://[::7f00:1]/events")]
    [InlineData("https://[::ffff:0:127.0.0.1]/events")]
    [InlineData("https://198.18.0.1/events")]
    public async Task AnAddressThatIsNotPublicIsRefusedWithAFieldMessageAndNothingIsStored(string url)
    {
        var buyer = await NewCompanyAsync(portal.Factory);
        using var owner = await portal.Factory.SignedInAsync(buyer);

        var page = await AddEndpointAsync(owner, url, WebhookEventTypes.QuoteIssued);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("the portal posts only to public addresses", page.FieldMessage("Url"));
        Assert.False(await portal.Factory.QueryAsync(db => db.WebhookEndpoints.AnyAsync(e => db.Users.Any(u => u.Email == buyer && u.OrganizationId == e.OrganizationId))));
    }
}

public sealed class WebhookAddressFormsOnSqlite(SqlitePortal portal) : WebhookAddressFormTests(portal), IClassFixture<SqlitePortal>;

public sealed class WebhookAddressFormsOnPostgreSql(PostgresPortal portal) : WebhookAddressFormTests(portal), IClassFixture<PostgresPortal>;
