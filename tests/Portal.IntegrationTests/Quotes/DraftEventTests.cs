using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Configurations;
using Portal.Application.Quotes;
using Portal.Application.Quotes.AddProduct;
using Portal.Application.Quotes.CreateDraft;
using Portal.Application.Quotes.DescribeDraft;
using Portal.Application.Quotes.RemoveProduct;
using Portal.Application.Quotes.SaveConfiguration;
using Portal.Domain.Auditing;
using Portal.Domain.Common;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// A draft's changes are quote events like any other step: each writes its audit row in the save that makes it, and a
/// new draft's rows name the id its first save gave it.
/// </summary>
public abstract class DraftEventTests(PortalFixture portal)
{
    private const string Buyer = "Helios AI Labs";

    private PortalFactory Factory => portal.Factory;

    [SkippableFact]
    public async Task ANewDraftIsAuditedUnderItsOwnIdInTheSaveThatCreatesIt()
    {
        var (actor, _) = await BuyerAsync();

        var quote = await RunAsync<CreateDraftHandler, int>(async create => (await create.HandleAsync(actor)).Id);

        var created = Assert.Single(await AuditOfAsync(quote));
        Assert.Equal((QuoteAudit.Created.Name, null, "Draft", actor.Name, true),
            (created.Action, created.FromState, created.ToState, created.Actor, created.ShownToCustomer));
        Assert.False(await Factory.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EntityType == QuoteAudit.EntityType && e.EntityId == "0")));
    }

    [SkippableFact]
    public async Task AConfigurationSavedOnANewDraftWritesTheDraftItsCreationAndTheConfigurationInOneSave()
    {
        var (actor, site) = await BuyerAsync();
        var configuration = new ConfigurationRequest("TRN2-RACK-48U",
            [new ComponentRequest("TRN2-SRV-16", 4), new ComponentRequest("EFA-SW-25T", 1), new ComponentRequest("PDU-3PH-60KW", 2)], 1, site);

        var saved = await RunAsync<SaveConfigurationHandler, Result<int>>(save => save.HandleAsync(new SaveConfigurationCommand(null, null, configuration), actor));

        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
        var rows = await AuditOfAsync(saved.Value);
        Assert.Equal([QuoteAudit.Created.Name, QuoteAudit.ConfigurationAdded.Name], rows.Select(r => r.Action));
        Assert.StartsWith("1 × ", rows[1].ToState);
        Assert.Equal(site, await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == saved.Value).Select(q => q.SiteId).SingleAsync()));
    }

    [SkippableFact]
    public async Task EachChangeToADraftWritesItsRowAndARefusedOneWritesNone()
    {
        var (actor, site) = await BuyerAsync();
        var quote = await RunAsync<CreateDraftHandler, int>(async create => (await create.HandleAsync(actor)).Id);
        var quarter = Quarter.Containing(DateTime.UtcNow).Plus(2);

        Assert.True((await RunAsync<AddProductHandler, Result<int>>(add => add.HandleAsync(quote, new AddProductCommand("SVC-INSTALL-RACK", 2), actor))).Succeeded);
        Assert.False((await RunAsync<AddProductHandler, Result<int>>(add => add.HandleAsync(quote, new AddProductCommand("NO-SUCH-SKU", 2), actor))).Succeeded);
        Assert.True((await RunAsync<DescribeDraftHandler, Result>(describe => describe.HandleAsync(quote, new DescribeDraftCommand(site, quarter.ToString(), "Notes"), actor))).Succeeded);
        var line = await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quote).SelectMany(q => q.Products).Select(p => p.Id).SingleAsync());
        await RunAsync<RemoveProductHandler, bool>(async remove =>
        {
            await remove.HandleAsync(quote, line, actor);
            return true;
        });

        var rows = await AuditOfAsync(quote);
        Assert.Equal(
            [(QuoteAudit.Created.Name, "Draft"), (QuoteAudit.ProductAdded.Name, "2 × On-site installation, per rack"),
                (QuoteAudit.DetailsSaved.Name, quarter.ToString()), (QuoteAudit.ProductRemoved.Name, null)],
            rows.Select(r => (r.Action, r.ToState)));
        Assert.All(rows, r => Assert.Equal((actor.Name, true), (r.Actor, r.ShownToCustomer)));
    }

    private async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> work)
        where TUseCase : notnull
    {
        using var scope = Factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    private Task<List<AuditEvent>> AuditOfAsync(int quoteId) =>
        Factory.QueryAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == QuoteAudit.EntityType && e.EntityId == quoteId.ToString()).OrderBy(e => e.Id).ToListAsync());

    /// <summary>A customer of the demo's first company, and that company's first site.</summary>
    private Task<(Actor Actor, int Site)> BuyerAsync() =>
        Factory.QueryAsync(async db =>
        {
            var organization = await db.Organizations.Where(o => o.Name == Buyer).Select(o => o.Id).SingleAsync();
            var user = await db.Users.Where(u => u.OrganizationId == organization && u.IsOrganizationOwner).FirstAsync();
            var site = await db.Sites.Where(s => s.OrganizationId == organization).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            return (new Actor(user.Id, user.FullName, organization, new HashSet<string> { PortalRoles.Customer }, user.CompanyRoles), site);
        });
}

public sealed class DraftEventsOnSqlite(SqlitePortal portal) : DraftEventTests(portal), IClassFixture<SqlitePortal>;

public sealed class DraftEventsOnPostgreSql(PostgresPortal portal) : DraftEventTests(portal), IClassFixture<PostgresPortal>;
