using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Application.Common;
using Portal.Application.Configurations;
using Portal.IntegrationTests.Support;
using Portal.Web.Api;

namespace Portal.IntegrationTests.Configurations;

/// <summary>
/// The configurator's live evaluation and the API's judge a configuration against the catalog kept in memory: it gives the
/// answers the database gives, it reads nothing of the catalog from the database once kept, and an admin's change to a
/// price is in the very next evaluation.
/// </summary>
public abstract class KeptCatalogTests(PortalFixture portal)
{
    private const string Buyer = "buyer@helios.example";

    private static Dictionary<string, string> Trainium3Form(string token) => new()
    {
        ["__RequestVerificationToken"] = token,
        ["RackSku"] = "TRN3-RACK-48U",
        ["RackCount"] = "1",
        ["Components[0].Sku"] = "TRN3-SLED-8",
        ["Components[0].Quantity"] = "8",
        ["Components[1].Sku"] = "EFA-SW-51T",
        ["Components[1].Quantity"] = "1",
        ["Components[2].Sku"] = "CDU-LIQ-150KW",
        ["Components[2].Quantity"] = "1",
    };

    private static readonly object Trainium3Body = new
    {
        rackSku = "TRN3-RACK-48U",
        components = new[] { new { sku = "TRN3-SLED-8", quantity = 8 }, new { sku = "EFA-SW-51T", quantity = 1 }, new { sku = "CDU-LIQ-150KW", quantity = 1 } },
        rackCount = 1,
    };

    [SkippableFact]
    public async Task APriceAnAdminChangesIsInTheNextEvaluation()
    {
        using var buyer = portal.Factory.NewClient();
        await buyer.SignInAsync(Buyer);
        var token = await buyer.AntiforgeryTokenAsync("/Customer/Configurator");
        var api = await ApiCaller.ForAsync(portal.Factory, Buyer, write: false);
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        var before = await buyer.PostAsync("/Customer/Configurator/Evaluate", Trainium3Form(token));
        var beforeByApi = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Trainium3Body);

        var saved = await admin.SubmitAsync("/Admin/Products/Edit/CDU-LIQ-150KW", new Dictionary<string, string> { ["Product.ListPrice"] = "64500" });
        var after = await buyer.PostAsync("/Customer/Configurator/Evaluate", Trainium3Form(token));
        var afterByApi = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Trainium3Body);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("$6,660,000", before.Body);
        Assert.Equal(6_660_000m, beforeByApi.GetProperty("total").GetDecimal());
        Assert.Contains("$6,660,500", after.Body);
        Assert.DoesNotContain("$6,660,000", after.Body);
        Assert.Equal(6_660_500m, afterByApi.GetProperty("total").GetDecimal());
    }

    public static TheoryData<string> Requests => new()
    {
        "TRN3-RACK-48U: TRN3-SLED-8 x8, EFA-SW-51T x1, CDU-LIQ-150KW x1; 1 rack at the site",
        "TRN3-RACK-48U: TRN3-SLED-8 x8, EFA-SW-51T x1; 40 racks",
        "TRN2-RACK-48U: TRN2-SRV-16 x4, EFA-SW-25T x1, PDU-3PH-60KW x2; 4 racks at the site",
        "trn2-rack-48u:  trn2-srv-16  x4, efa-sw-25t x1; 12 racks",
        "TRN2-RACK-48U: TRN3-SLED-8 x2, NO-SUCH-SKU x1, SVC-INSTALL-RACK x1; 1 rack",
        "TRN2-RACK-48U: TRN2-SRV-16 x2147483647; 2147483647 racks",
        "TRN4-RACK-52U: TRN4-SLED-8 x4; 1 rack",
        "TRN1-RACK-42U: GRV4-SRV-1U x4; 0 racks",
        "NO-SUCH-RACK: TRN2-SRV-16 x1; 1 rack",
        ": ; 1 rack",
    };

    [SkippableTheory]
    [MemberData(nameof(Requests))]
    public async Task TheKeptCatalogAnswersAsTheDatabaseDoes(string written)
    {
        var (actor, site) = await BuyerAsync();
        var request = Read(written, site);

        var fromDatabase = await EvaluateAsync((evaluator, r) => evaluator.EvaluateToSaveAsync(r, actor), request);
        var kept = await EvaluateAsync((evaluator, r) => evaluator.EvaluateAsync(r, actor), request);
        var keptAgain = await EvaluateAsync((evaluator, r) => evaluator.EvaluateAsync(r, actor), request);

        Assert.Equal(fromDatabase, kept);
        Assert.Equal(fromDatabase, keptAgain);
    }

    [SkippableFact]
    public async Task ALiveEvaluationReadsNoProductOrSupplyOnceTheCatalogIsKept()
    {
        var commands = new LogCapture();
        using var own = new PortalFactory(portal.Database.Create(),
            new Dictionary<string, string>
            {
                // The timed jobs' queries would be logged too, whenever they happen to run.
                ["Jobs:Run"] = "false",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            },
            services => services.AddSingleton<ILoggerProvider>(commands));
        using var buyer = own.NewClient();
        await buyer.SignInAsync(Buyer);
        var token = await buyer.AntiforgeryTokenAsync("/Customer/Configurator");
        var form = Trainium3Form(token);
        form["SiteId"] = (await own.QueryAsync(db => db.Sites.Where(s => s.Organization!.Name.StartsWith("Helios")).OrderBy(s => s.Id).FirstAsync())).Id
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        await buyer.PostAsync("/Customer/Configurator/Evaluate", form);

        var seen = commands.Entries.Count;
        var page = await buyer.PostAsync("/Customer/Configurator/Evaluate", form);
        var read = commands.Entries.Skip(seen).Where(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command").Select(e => e.Message).ToList();

        Assert.Contains("$6,660,000", page.Body);
        Assert.Contains("earliest", page.Body);
        Assert.Contains(read, command => command.Contains("\"Sites\"", StringComparison.Ordinal));
        Assert.DoesNotContain(read, command => command.Contains("\"Products\"", StringComparison.Ordinal));
        Assert.DoesNotContain(read, command => command.Contains("\"Allocations\"", StringComparison.Ordinal));
    }

    /// <summary>"RACK: SKU xN, SKU xN; N racks[ at the site]": the way the theory's cases are written.</summary>
    private static ConfigurationRequest Read(string written, int site)
    {
        var (rack, rest) = (written[..written.IndexOf(':', StringComparison.Ordinal)], written[(written.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var (rows, count) = (rest[..rest.IndexOf(';', StringComparison.Ordinal)], rest[(rest.IndexOf(';', StringComparison.Ordinal) + 1)..].Trim());
        var components = rows.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(row => row.Split(" x"))
            .Select(row => new ComponentRequest(row[0], int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new ConfigurationRequest(rack, components, int.Parse(count.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture),
            count.EndsWith("at the site", StringComparison.Ordinal) ? site : null);
    }

    /// <summary>All a buyer is told of an evaluation, as the API writes it, with the rack's figures.</summary>
    private async Task<string> EvaluateAsync(Func<ConfigurationEvaluator, ConfigurationRequest, Task<ConfigurationEvaluation>> evaluate,
        ConfigurationRequest request)
    {
        using var scope = portal.Factory.Services.CreateScope();
        var evaluation = await evaluate(scope.ServiceProvider.GetRequiredService<ConfigurationEvaluator>(), request);
        var figures = evaluation.Configuration is { } rack ? new { rack.UsedU, rack.PowerWatts, rack.WeightKg, rack.CoolingNeeded } : null;
        return JsonSerializer.Serialize(new { answer = ApiEvaluation.Of(evaluation), figures });
    }

    private async Task<(Actor Actor, int Site)> BuyerAsync()
    {
        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        var user = await db.Users.SingleAsync(u => u.Email == Buyer);
        var site = await db.Sites.Where(s => s.OrganizationId == user.OrganizationId).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        return (new Actor(user.Id, user.FullName, user.OrganizationId, new HashSet<string> { PortalRoles.Customer }), site);
    }
}

public sealed class KeptCatalogOnSqlite(SqlitePortal portal) : KeptCatalogTests(portal), IClassFixture<SqlitePortal>;

public sealed class KeptCatalogOnPostgreSql(PostgresPortal portal) : KeptCatalogTests(portal), IClassFixture<PostgresPortal>;
