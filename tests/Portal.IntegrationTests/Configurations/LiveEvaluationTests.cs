using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Configurations;

/// <summary>
/// What the configurator's live feedback and the API's evaluation still read on every call, now that they are cheap: the
/// site as it is now, and a session that has ended; what the live feedback no longer pays on each keystroke, since it saves
/// nothing: asking the database whether a session found current a moment ago still is.
/// </summary>
public abstract class LiveEvaluationTests(PortalFixture portal)
{
    private const string Buyer = "buyer@helios.example";

    private static Dictionary<string, string> Trainium3Form(string token, int? site = null)
    {
        var form = new Dictionary<string, string>
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
        if (site is { } id)
        {
            form["SiteId"] = id.ToString(CultureInfo.InvariantCulture);
        }
        return form;
    }

    private static object Trainium3Body(int site) => new
    {
        rackSku = "TRN3-RACK-48U",
        components = new[] { new { sku = "TRN3-SLED-8", quantity = 8 }, new { sku = "EFA-SW-51T", quantity = 1 }, new { sku = "CDU-LIQ-150KW", quantity = 1 } },
        rackCount = 1,
        siteId = site,
    };

    [SkippableFact]
    public async Task ASiteEditedBetweenTwoEvaluationsIsJudgedAsItIsNow()
    {
        var site = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Organization!.Name.StartsWith("Helios")).OrderBy(s => s.Id).FirstAsync());
        var tooLittlePower = $"{site.Name} has 10 kW available";
        using var buyer = portal.Factory.NewClient();
        await buyer.SignInAsync(Buyer);
        var token = await buyer.AntiforgeryTokenAsync("/Customer/Configurator");
        var api = await ApiCaller.ForAsync(portal.Factory, Buyer, write: false);
        var before = await buyer.PostAsync("/Customer/Configurator/Evaluate", Trainium3Form(token, site.Id));
        var beforeByApi = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Trainium3Body(site.Id));

        await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Id == site.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.PowerAvailableKw, 10)));
        try
        {
            var after = await buyer.PostAsync("/Customer/Configurator/Evaluate", Trainium3Form(token, site.Id));
            var afterByApi = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Trainium3Body(site.Id));

            Assert.DoesNotContain(tooLittlePower, before.Body);
            Assert.DoesNotContain(ProblemsAbout(beforeByApi, "siteId"), message => message.Contains(tooLittlePower, StringComparison.Ordinal));
            Assert.Contains(tooLittlePower, after.Body);
            Assert.False(afterByApi.GetProperty("valid").GetBoolean());
            Assert.Contains(ProblemsAbout(afterByApi, "siteId"), message => message.Contains(tooLittlePower, StringComparison.Ordinal));
        }
        finally
        {
            await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Id == site.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.PowerAvailableKw, site.PowerAvailableKw)));
        }
    }

    [SkippableFact]
    public async Task LiveFeedbackTakesTheSessionFoundCurrentAMomentAgoInsteadOfAskingOnEveryKeystroke()
    {
        const int Keystrokes = 5;
        var commands = new LogCapture();
        using var own = new PortalFactory(portal.Database.Create(),
            new Dictionary<string, string>
            {
                ["Jobs:Run"] = "false",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            },
            services => services.AddSingleton<ILoggerProvider>(commands));
        using var buyer = own.NewClient();
        await buyer.SignInAsync(Buyer);
        var form = Trainium3Form(await buyer.AntiforgeryTokenAsync("/Customer/Configurator"));

        var seen = commands.Entries.Count;
        var pages = new List<PortalClient.Page>();
        for (var i = 0; i < Keystrokes; i++)
        {
            pages.Add(await buyer.PostAsync("/Customer/Configurator/Evaluate", form));
        }
        var sessionChecks = commands.Entries.Skip(seen)
            .Count(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command" && e.Message.Contains("SecurityStamp", StringComparison.Ordinal));

        Assert.All(pages, page => Assert.Contains("$6,660,000", page.Body));
        Assert.True(sessionChecks < Keystrokes, $"{sessionChecks} session checks for {Keystrokes} evaluations");
    }

    [SkippableFact]
    public async Task LiveFeedbackWithACookieCopiedBeforeASignOutIsSentToSignIn()
    {
        var email = await Customers.AddAsync(portal.Factory, $"live{Guid.NewGuid():N}"[..12]);
        var cookies = new CookieContainer();
        using var browser = portal.Factory.NewClient(cookies);
        await browser.SignInAsync(email);
        using var thief = portal.Factory.NewClient(CookieJar.Copy(cookies));
        var form = Trainium3Form(await thief.AntiforgeryTokenAsync("/Customer/Configurator"));
        Assert.Equal(HttpStatusCode.OK, (await thief.PostAsync("/Customer/Configurator/Evaluate", form)).Status);

        var signedOut = await browser.PostAsync("/Account/Logout",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await browser.AntiforgeryTokenAsync("/Customer") });
        var after = await thief.PostAsync("/Customer/Configurator/Evaluate", form);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Equal(HttpStatusCode.Redirect, after.Status);
        Assert.Contains("/Account/Login", after.Location!, StringComparison.Ordinal);
    }

    private static IEnumerable<string> ProblemsAbout(System.Text.Json.JsonElement evaluation, string field) =>
        evaluation.GetProperty("problems").EnumerateArray().Where(p => p.GetProperty("field").GetString() == field).Select(p => p.GetProperty("message").GetString()!);
}

public sealed class LiveEvaluationOnSqlite(SqlitePortal portal) : LiveEvaluationTests(portal), IClassFixture<SqlitePortal>;

public sealed class LiveEvaluationOnPostgreSql(PostgresPortal portal) : LiveEvaluationTests(portal), IClassFixture<PostgresPortal>;
