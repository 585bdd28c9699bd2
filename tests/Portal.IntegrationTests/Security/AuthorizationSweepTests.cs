using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// Discovers every controller action of the running app and calls it as each kind of user, checking the answer against
/// <see cref="AccessTable"/>. Posts carry no antiforgery token: an allowed caller gets 400, so nothing changes.
/// </summary>
public abstract class AuthorizationSweepTests(PortalFixture portal, ITestOutputHelper output)
{
    private static readonly (Access Who, string? Email)[] Callers =
    [
        (Access.Anonymous, null),
        (Access.CustomerA, "buyer@helios.example"),
        (Access.CustomerB, "buyer@fjord.example"),
        (Access.Sales, "sales@northwind.example"),
        (Access.Admin, "admin@northwind.example"),
        (Access.Compliance, "compliance@northwind.example"),
        (Access.Requester, "requester@helios.example"),
        (Access.Approver, "approver@helios.example"),
        (Access.Approver, "cfo@helios.example"), // an approver without a limit: the limit changes answers, never who may call
        (Access.Finance, "finance@helios.example"),
    ];

    private sealed record Endpoint(string Key, string Method, string Url);

    [SkippableFact]
    public async Task EveryActionIsInTheAccessTable()
    {
        var missing = (await EndpointsAsync()).Select(e => e.Key).Distinct().Where(k => !AccessTable.Expected.ContainsKey(k)).ToList();
        var stale = AccessTable.Expected.Keys.Except((await EndpointsAsync()).Select(e => e.Key)).ToList();

        Assert.True(missing.Count == 0, "Add these actions to AccessTable: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "These AccessTable entries match no action: " + string.Join(", ", stale));
    }

    [SkippableFact]
    public async Task EveryActionAnswersEachCallerAsTheTableSays()
    {
        var endpoints = await EndpointsAsync();
        var problems = new List<string>();
        var calls = 0;
        foreach (var (who, email) in Callers)
        {
            using var client = portal.Factory.NewClient();
            if (email is not null)
            {
                await client.SignInAsync(email);
            }
            foreach (var endpoint in endpoints.Where(e => AccessTable.Expected.ContainsKey(e.Key)))
            {
                var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url)
                {
                    Content = endpoint.Method == "POST" ? new FormUrlEncodedContent([]) : null,
                });
                calls++;
                var verdict = Classify(response);
                var allowed = AccessTable.Expected[endpoint.Key].HasFlag(who);
                var expected = allowed ? "allowed" : who == Access.Anonymous ? "challenged" : "forbidden";
                if ((int)response.StatusCode >= 500 && endpoint.Key != "/Error.Index")
                {
                    problems.Add($"{who} {endpoint.Method} {endpoint.Url}: {(int)response.StatusCode}");
                }
                else if (verdict != expected)
                {
                    problems.Add($"{who} {endpoint.Method} {endpoint.Url}: {verdict} ({(int)response.StatusCode}), expected {expected}");
                }
                else if (allowed && endpoint.Method == "POST" && response.StatusCode != HttpStatusCode.BadRequest)
                {
                    problems.Add($"{who} POST {endpoint.Url} without an antiforgery token answered {(int)response.StatusCode}, not 400");
                }
            }
        }
        output.WriteLine($"{endpoints.Count} endpoints, {calls} calls.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static string Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        if (response.StatusCode == HttpStatusCode.Forbidden || location.Contains("/Account/AccessDenied", StringComparison.Ordinal))
        {
            return "forbidden";
        }
        return response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/Login", StringComparison.Ordinal)
            ? "challenged"
            : "allowed";
    }

    private async Task<IReadOnlyList<Endpoint>> EndpointsAsync()
    {
        var values = await RouteValuesAsync();
        var actions = portal.Factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<ControllerActionDescriptor>();
        var endpoints = new List<Endpoint>();
        // The API answers API keys, not sign-in cookies: ApiKeyTests check who may call it.
        foreach (var action in actions.Where(a => a.AttributeRouteInfo?.Template?.StartsWith("api/", StringComparison.Ordinal) != true))
        {
            var area = action.RouteValues.TryGetValue("area", out var a) ? a : null;
            var key = $"{area}/{action.ControllerName}.{action.ActionName}";
            var methods = action.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList();
            var url = UrlOf(action, area, values);
            foreach (var method in methods is { Count: > 0 } ? methods : ["GET"])
            {
                endpoints.Add(new Endpoint(key, method, url));
            }
        }
        return endpoints;
    }

    private static string UrlOf(ControllerActionDescriptor action, string? area, RouteValues values)
    {
        var template = action.AttributeRouteInfo?.Template is { } attributed
            ? "/" + attributed
            : $"{(area is null ? "" : "/" + area)}/{action.ControllerName}/{action.ActionName}"
              + (action.Parameters.Any(p => p.Name == "id") ? "/{id}" : "");
        var id = values.IdByController.GetValueOrDefault($"{area}/{action.ControllerName}", values.OrganizationOfA);
        return template.Replace("{id}", id, StringComparison.Ordinal).Replace("{id:int}", id, StringComparison.Ordinal)
            .Replace("{number:int}", "1", StringComparison.Ordinal)
            .Replace("{sku}", "TRN3-RACK-48U", StringComparison.Ordinal)
            .Replace("{code:int}", "404", StringComparison.Ordinal);
    }

    /// <summary>The {id} each controller's actions get: organization A's own things, so customer B must get 404s.</summary>
    private sealed record RouteValues(string OrganizationOfA, IReadOnlyDictionary<string, string> IdByController);

    private async Task<RouteValues> RouteValuesAsync()
    {
        var organization = await portal.Factory.QueryAsync(db => db.Organizations.Where(o => o.Name == "Helios AI Labs").Select(o => o.Id).SingleAsync());
        var site = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.OrganizationId == organization).Select(s => s.Id).FirstAsync());
        var submitted = (await portal.Factory.QueryAsync(db => db.Quotes
            .Where(q => q.OrganizationId == organization && q.Status == QuoteStatus.Submitted).Select(q => q.Id).FirstAsync()))
            .ToString(CultureInfo.InvariantCulture);
        var issued = (await portal.Factory.QueryAsync(db => db.Quotes
            .Where(q => q.OrganizationId == organization && q.Status == QuoteStatus.Issued).Select(q => q.Id).FirstAsync()))
            .ToString(CultureInfo.InvariantCulture);
        var waiting = (await portal.Factory.QueryAsync(db => db.WaitlistEntries
            .Where(e => e.OrganizationId == organization).Select(e => e.Id).FirstAsync()))
            .ToString(CultureInfo.InvariantCulture);
        var standard = (await portal.Factory.QueryAsync(db => db.StandardConfigurations.Select(c => c.Id).FirstAsync()))
            .ToString(CultureInfo.InvariantCulture);
        var billingAddress = (await portal.Factory.QueryAsync(db => db.BillingAddresses.Where(a => a.OrganizationId == organization).Select(a => a.Id).FirstAsync()))
            .ToString(CultureInfo.InvariantCulture);
        return new RouteValues(organization.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string>
        {
            ["Customer/Sites"] = site.ToString(CultureInfo.InvariantCulture),
            ["Customer/Company"] = billingAddress,
            ["Customer/Quotes"] = submitted,
            ["Staff/Quotes"] = submitted,
            ["/QuotePdf"] = issued,
            ["/QuoteRevisions"] = issued,
            ["Customer/Waitlist"] = waiting,
            ["Admin/Waitlist"] = waiting,
            ["Admin/Products"] = "TRN3-RACK-48U",
            ["Admin/StandardConfigurations"] = standard,
        });
    }
}

public sealed class AuthorizationSweepOnSqlite(SqlitePortal portal, ITestOutputHelper output)
    : AuthorizationSweepTests(portal, output), IClassFixture<SqlitePortal>;

public sealed class AuthorizationSweepOnPostgreSql(PostgresPortal portal, ITestOutputHelper output)
    : AuthorizationSweepTests(portal, output), IClassFixture<PostgresPortal>;
