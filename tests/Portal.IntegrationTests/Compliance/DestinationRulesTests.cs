using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Compliance;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Compliance;

public abstract class DestinationRulesTests(PortalFixture portal)
{
    private const string Page = "/Admin/DestinationRules";

    private static string Day(int fromToday) => DateTime.UtcNow.Date.AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<PortalClient> AdminAsync()
    {
        var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        return admin;
    }

    [SkippableFact]
    public async Task TheDemoRulesAreLoadedAtFirstStartAndThePageSaysTheyAreIllustrative()
    {
        using var admin = await AdminAsync();
        var fileRows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "demo-destination-rules.csv")).Count() - 1;

        var page = await admin.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("illustrative", page.Text("[role=note]"));
        Assert.True(await portal.Factory.QueryAsync(db => db.DestinationRules.CountAsync()) >= fileRows);
        var emirates = page.Document.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains("(AE)")).Select(r => r.TextContent).ToList();
        Assert.Equal(2, emirates.Count);
        Assert.Contains("Superseded", emirates[0]);
        Assert.Contains("In effect", emirates[1]);
        Assert.Contains("Licence required", emirates[1]);
    }

    [SkippableTheory]
    [InlineData("AE", "4a090.a", "2026-06-30", "Allowed", "by the rule AE, 4A090: allowed from 2025-01-01")]
    [InlineData("AE", "4A090.a", "2026-07-01", "Licence required", "from 2026-07-01")]
    [InlineData("RU", "EAR99", "", "Prohibited", "embargoed destination")]
    [InlineData("DE", "4A090.a", "", "Allowed", "Germany")]
    [InlineData("BR", "4A090.a", "", "Licence required", "Every country, 4A090")]
    public async Task AnAdminAsksWhatTheRulesSayOfAShipmentOnADay(string country, string classification, string on, string verdict, string reason)
    {
        using var admin = await AdminAsync();

        var page = await admin.GetAsync($"{Page}?Check.Country={country}&Check.Classification={classification}&Check.On={on}");

        var answer = page.Text("[role=status]");
        Assert.StartsWith(verdict, answer);
        Assert.Contains(reason, answer);
    }

    [SkippableFact]
    public async Task AQuestionWithoutACountryOrWithABadClassificationGetsFieldMessages()
    {
        using var admin = await AdminAsync();

        var page = await admin.GetAsync($"{Page}?Check.Country=XX&Check.Classification=accelerators");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Choose a country", page.FieldMessage("Check.Country"));
        Assert.Contains("an ECCN such as", page.FieldMessage("Check.Classification"));
        Assert.Null(page.Document.QuerySelector("[role=status]"));
    }

    [SkippableFact]
    public async Task AnAdminAddsARuleFromALaterDayAndMayWithdrawItOnlyUntilItTakesEffect()
    {
        using var admin = await AdminAsync();
        var note = $"Test {Guid.NewGuid():N}";

        var added = await admin.SubmitAsync(Page, new Dictionary<string, string>
        {
            ["NewRule.CountryCode"] = "SG", ["NewRule.Classification"] = "4a090", ["NewRule.Rule"] = "Prohibited",
            ["NewRule.EffectiveFrom"] = Day(30), ["NewRule.Note"] = note,
        }, "/Admin/DestinationRules/Add");
        var rule = await portal.Factory.QueryAsync(db => db.DestinationRules.SingleAsync(r => r.Note == note));
        var inEffect = await portal.Factory.QueryAsync(db => db.DestinationRules.OrderBy(r => r.Id).FirstAsync(r => r.CountryCode == "SG"));
        var listed = await admin.GetAsync(Page);
        // The page offers no button for a rule in effect; a forged post is refused all the same.
        var token = new Dictionary<string, string> { ["__RequestVerificationToken"] = await admin.AntiforgeryTokenAsync(Page) };
        var refused = await admin.PostAsync($"/Admin/DestinationRules/Withdraw/{inEffect.Id}", token);
        var withdrawn = await admin.SubmitAsync(Page, new Dictionary<string, string>(), $"/Admin/DestinationRules/Withdraw/{rule.Id}");
        var unknown = await admin.PostAsync("/Admin/DestinationRules/Withdraw/999999", token);

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Equal(("SG", "4A090", DestinationVerdict.Prohibited), (rule.CountryCode, rule.Classification, rule.Verdict));
        Assert.Contains("Upcoming", listed.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(note)).TextContent);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("stays on record", refused.Text("[role=alert]"));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.False(await portal.Factory.QueryAsync(db => db.DestinationRules.AnyAsync(r => r.Note == note)));
        Assert.True(await portal.Factory.QueryAsync(db => db.DestinationRules.AnyAsync(r => r.Id == inEffect.Id)));
        var audit = await portal.Factory.QueryAsync(db => db.AuditEvents
            .Where(e => e.EntityType == "DestinationRule" && e.EntityId == rule.Id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Equal(["DestinationRuleAdded", "DestinationRuleWithdrawn"], audit);
    }

    public static TheoryData<string, string, string> BadRules => new()
    {
        { "NewRule.EffectiveFrom", Day(-1), "today or later" },
        { "NewRule.EffectiveFrom", "someday", "cannot be “someday”: check what you typed." },
        { "NewRule.CountryCode", "XX", "Choose a country" },
        { "NewRule.Classification", "4A9", "an ECCN such as" },
        { "NewRule.Note", "", "Say why" },
        { "NewRule.Note", new string('n', DestinationRule.NoteMaxLength + 1), "500" },
        { "NewRule.Rule", "Maybe", "cannot be “Maybe”: check what you typed." },
    };

    [SkippableTheory]
    [MemberData(nameof(BadRules))]
    public async Task ABadRuleShowsAFieldMessageAndAddsNothing(string field, string value, string message)
    {
        using var admin = await AdminAsync();
        var before = await portal.Factory.QueryAsync(db => db.DestinationRules.CountAsync());
        var fields = new Dictionary<string, string>
        {
            ["NewRule.CountryCode"] = "SG", ["NewRule.Classification"] = "4A090", ["NewRule.Rule"] = "Prohibited",
            ["NewRule.EffectiveFrom"] = Day(10), ["NewRule.Note"] = "Because",
        };
        fields[field] = value;

        var page = await admin.SubmitAsync(Page, fields, "/Admin/DestinationRules/Add");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.FieldMessage(field), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await portal.Factory.QueryAsync(db => db.DestinationRules.CountAsync()));
    }
}

public sealed class DestinationRulesOnSqlite(SqlitePortal portal) : DestinationRulesTests(portal), IClassFixture<SqlitePortal>;

public sealed class DestinationRulesOnPostgreSql(PostgresPortal portal) : DestinationRulesTests(portal), IClassFixture<PostgresPortal>;
