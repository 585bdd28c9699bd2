using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Waitlist;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Waitlist;

/// <summary>
/// Customers queue for an allocation-limited product; the line is ordered by tier, then time; admins move entries;
/// free supply is offered down the line, whole or in part, and never twice.
/// </summary>
public abstract class WaitlistTests(PortalFixture portal)
{
    private const string Rack = "TRN3-RACK-48U";
    private static readonly Quarter ThisQuarter = Quarter.Containing(DateTime.UtcNow);

    /// <summary>A quarter of its own for each test, far enough out that nothing else touches its supply, within the horizon.</summary>
    private static readonly OwnQuarters Quarters = new(9);

    private Quarter OwnQuarter() => Quarters.Next(portal.Provider);

    private static Task<PortalClient.Page> JoinAsync(PortalClient customer, string sku, int quantity, Quarter? quarter) =>
        customer.SubmitAsync($"/Customer/Waitlist/Join?sku={sku}", new Dictionary<string, string>
        {
            ["Quantity"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Quarter"] = quarter?.ToString() ?? "",
        });

    private Task<List<WaitlistEntry>> EntriesAsync(Quarter quarter) =>
        portal.Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().Where(e => e.Quarter == quarter).OrderBy(e => e.Id).ToListAsync());

    private Task<string> OrganizationOfAsync(string email) =>
        portal.Factory.QueryAsync(db => db.Organizations.Where(o => db.Users.Any(u => u.Email == email && u.OrganizationId == o.Id)).Select(o => o.Name).SingleAsync());

    private Task SupplyAsync(Quarter quarter, int units) => Supply.SetAsync(portal.Factory, Rack, quarter, units);

    private Task<Allocation> AllocationAsync(Quarter quarter) => Supply.OfAsync(portal.Factory, Rack, quarter);

    /// <summary>The active entries for the earliest quarter (the demo has one): they stand in every quarter's line.</summary>
    private Task<List<WaitlistEntry>> EarliestAsync() =>
        portal.Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking()
            .Where(e => e.Quarter == null && e.Product!.Sku == Rack && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
            .ToListAsync());

    private Task<int> RunOffersAsync() => Jobs.RunAsync<WaitlistOffers>(portal.Factory);

    [SkippableFact]
    public async Task JoiningGivesAPlaceInLineAndBadInputChangesNothing()
    {
        var email = await Customers.AddAsync(portal.Factory, $"join{Guid.NewGuid():N}"[..12]);
        using var customer = await portal.Factory.SignedInAsync(email);
        var quarter = OwnQuarter();
        await SupplyAsync(quarter, 0);
        var earliest = await EarliestAsync();

        var joined = await JoinAsync(customer, Rack, 2, quarter);

        Assert.Equal(HttpStatusCode.Redirect, joined.Status);
        var page = await customer.GetAsync("/Customer/Waitlist");
        Assert.Contains("2 × Trainium3 UltraServer rack, 48U", page.Text("main"));
        Assert.Contains($"number {earliest.Count + 1} in line, {earliest.Sum(e => e.Quantity)} units ahead", page.Text("main"));
        Assert.Contains($"You are number {earliest.Count + 1} in line", Outbox.LatestTo(portal.Factory, email).TextBody);

        Assert.Equal("Wait for at least one unit.", (await JoinAsync(customer, Rack, 0, quarter)).FieldMessage("Quantity"));
        Assert.Equal("Wait for at most 16 units of Trainium3 UltraServer rack, 48U.", (await JoinAsync(customer, Rack, 17, OwnQuarter())).FieldMessage("Quantity"));
        Assert.Equal("Choose this quarter, a later one, or the earliest with supply.", (await JoinAsync(customer, Rack, 1, ThisQuarter.Plus(-1))).FieldMessage("Quarter"));
        Assert.Contains("already waits for Trainium3 UltraServer rack, 48U in " + quarter, (await JoinAsync(customer, Rack, 1, quarter)).Text("[role=alert]"));
        Assert.Contains("is not allocation-limited", (await JoinAsync(customer, "TRN2-RACK-48U", 1, quarter)).Text("[role=alert]"));
        Assert.Contains("can no longer be ordered", (await JoinAsync(customer, "TRN1-RACK-42U", 1, quarter)).Text("[role=alert]"));
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync("/Customer/Waitlist/Join?sku=NO-SUCH-SKU")).Status);
        var entry = Assert.Single(await EntriesAsync(quarter));
        Assert.Equal((2, WaitlistStatus.Waiting), (entry.Quantity, entry.Status));
    }

    [SkippableFact]
    public async Task AQuoteLineWithoutSupplyLeadsToTheWaitlistForItsQuarter()
    {
        // A quarter the rack's lead time reaches and the join page lists (the other tests take quarters from 9 on).
        const int offset = 5;
        var quarter = ThisQuarter.Plus(offset);
        await SupplyAsync(quarter, 0);
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").ForQuarter(offset)
            .WithConfiguration(Rack, [("TRN3-SLED-8", 8), ("EFA-SW-51T", 1)], 1).SubmitAsync();
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");

        var page = await customer.GetAsync($"/Customer/Quotes/Details/{id}");

        Assert.Contains("Not enough supply in the quarter you asked for", page.Text("#short-heading"));
        var link = page.Document.QuerySelectorAll("#short-heading ~ ul a").Select(a => a.GetAttribute("href")).First(h => h!.Contains(Rack));
        Assert.Equal($"/Customer/Waitlist/Join?sku={Rack}&quarter={quarter}", link);
        var join = await customer.GetAsync(link!);
        Assert.Equal(quarter.ToString(), join.Document.QuerySelector("#Quarter option[selected]")!.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task TheSameJoinSentEightTimesAtOnceMakesOneEntry()
    {
        var email = await Customers.AddAsync(portal.Factory, $"twice{Guid.NewGuid():N}"[..12]);
        var clients = new List<PortalClient>();
        for (var i = 0; i < 8; i++)
        {
            clients.Add(await portal.Factory.SignedInAsync(email));
        }
        foreach (var quarter in new Quarter?[] { OwnQuarter(), null })
        {
            var pages = await Task.WhenAll(clients.Select(c => JoinAsync(c, Rack, 1, quarter)));

            Assert.All(pages, p => Assert.True(p.Status is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{p.Status}"));
            Assert.Single(pages, p => p.Status == HttpStatusCode.Redirect);
            Assert.All(pages.Where(p => p.Status == HttpStatusCode.OK), p => Assert.Contains("already waits", p.Text("[role=alert]")));
        }
        var organization = await OrganizationOfAsync(email);
        Assert.Equal(2, await portal.Factory.QueryAsync(db => db.WaitlistEntries.CountAsync(e => db.Organizations.Any(o => o.Id == e.OrganizationId && o.Name == organization))));
        clients.ForEach(c => c.Dispose());
    }

    [SkippableFact]
    public async Task StrategicGoesAheadOfStandardAndAnEntryThatGrowsGoesToTheBack()
    {
        var quarter = OwnQuarter();
        await SupplyAsync(quarter, 0);
        var first = await Customers.AddAsync(portal.Factory, $"a{Guid.NewGuid():N}"[..10]);
        var second = await Customers.AddAsync(portal.Factory, $"b{Guid.NewGuid():N}"[..10]);
        var strategic = await Customers.AddAsync(portal.Factory, $"s{Guid.NewGuid():N}"[..10], OrganizationTier.Strategic);
        using var a = await portal.Factory.SignedInAsync(first);
        using var b = await portal.Factory.SignedInAsync(second);
        using var s = await portal.Factory.SignedInAsync(strategic);
        await JoinAsync(a, Rack, 2, quarter);
        await JoinAsync(b, Rack, 1, quarter);
        var before = await EarliestAsync();
        // The page is cached per user (the first view shows the join's notice and is not kept); another
        // organization's join must drop it.
        await a.GetAsync("/Customer/Waitlist");
        Assert.Contains($"number {before.Count + 1} in line", (await a.GetAsync("/Customer/Waitlist")).Text("main"));
        await JoinAsync(s, Rack, 1, quarter);
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");

        var ours = new[] { await OrganizationOfAsync(strategic), await OrganizationOfAsync(first), await OrganizationOfAsync(second) };

        async Task<List<string>> OrderAsync() =>
            (await admin.GetAsync($"/Admin/Waitlist?sku={Rack}&quarter={quarter}")).Document.QuerySelectorAll("tbody tr td:nth-child(2)")
                .Select(c => c.TextContent).Where(ours.Contains).ToList();

        Assert.Equal(ours, await OrderAsync());
        var earliest = await EarliestAsync();
        Assert.Contains($"number {earliest.Count + 2} in line, {earliest.Sum(e => e.Quantity) + 1} units ahead", (await a.GetAsync("/Customer/Waitlist")).Text("main"));

        var entryOfA = (await EntriesAsync(quarter)).First();
        var shrink = await a.SubmitAsync("/Customer/Waitlist", new Dictionary<string, string> { ["quantity"] = "1" }, $"/Customer/Waitlist/ChangeQuantity/{entryOfA.Id}");
        Assert.Equal(HttpStatusCode.Redirect, shrink.Status);
        Assert.Equal(await OrganizationOfAsync(first), (await OrderAsync())[1]);
        await a.SubmitAsync("/Customer/Waitlist", new Dictionary<string, string> { ["quantity"] = "3" }, $"/Customer/Waitlist/ChangeQuantity/{entryOfA.Id}");
        Assert.Equal(await OrganizationOfAsync(first), (await OrderAsync())[2]);
        var tooMany = await a.SubmitAsync("/Customer/Waitlist", new Dictionary<string, string> { ["quantity"] = "40" }, $"/Customer/Waitlist/ChangeQuantity/{entryOfA.Id}");
        Assert.Contains("between 1 and 16", tooMany.Text("[role=alert]"));
        Assert.Equal(3, (await EntriesAsync(quarter)).First().Quantity);
    }

    [SkippableFact]
    public async Task AnAdminMovesAnEntryWithAReasonAndWhoeverMovedMoreThanFivePlacesIsTold()
    {
        var quarter = OwnQuarter();
        await SupplyAsync(quarter, 0);
        var buyers = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            buyers.Add(await Customers.AddAsync(portal.Factory, $"m{i}{Guid.NewGuid():N}"[..10]));
            using var buyer = await portal.Factory.SignedInAsync(buyers[^1]);
            await JoinAsync(buyer, Rack, 1, quarter);
        }
        var last = (await EntriesAsync(quarter)).Last();
        var lineLength = 7 + (await EarliestAsync()).Count;
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");
        var page = $"/Admin/Waitlist?sku={Rack}&quarter={quarter}";

        var noReason = await admin.SubmitAsync(page, new Dictionary<string, string> { ["position"] = "1", ["reason"] = " " }, $"/Admin/Waitlist/Move/{last.Id}");
        Assert.Contains("Say why", noReason.Text("[role=alert]"));
        var nowhere = await admin.SubmitAsync(page, new Dictionary<string, string> { ["position"] = $"{lineLength + 1}", ["reason"] = "x" }, $"/Admin/Waitlist/Move/{last.Id}");
        Assert.Contains($"Choose a place from 1 to {lineLength}", nowhere.Text("[role=alert]"));
        var moved = await admin.SubmitAsync(page, new Dictionary<string, string> { ["position"] = "1", ["reason"] = "Contract signed in October." }, $"/Admin/Waitlist/Move/{last.Id}");

        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        var order = (await admin.GetAsync(page)).Document.QuerySelectorAll("tbody tr td:nth-child(2)").Select(c => c.TextContent).ToList();
        Assert.Equal(await OrganizationOfAsync(buyers[^1]), order[0]);
        Assert.Contains($"moved from {lineLength} to 1", Outbox.LatestTo(portal.Factory, buyers[^1]).TextBody);
        // The customer's page counts places in the database; they agree with the line in memory.
        var inMemory = WaitlistLine.Places(await portal.Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking()
            .Where(e => e.ProductId == last.ProductId && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered)).ToListAsync()));
        var entries = await EntriesAsync(quarter);
        foreach (var (email, entry) in buyers.Zip(entries))
        {
            using var buyer = await portal.Factory.SignedInAsync(email);
            var place = inMemory[entry.Id];
            Assert.Contains($"number {place.Position} in line, {place.QuantityAhead} units ahead", (await buyer.GetAsync("/Customer/Waitlist")).Text("main"));
        }
        Assert.DoesNotContain(Outbox.AllTo(portal.Factory, buyers[0]), m => m.Subject!.Contains("place on the waitlist"));
        var audit = await portal.Factory.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityType == WaitlistAudit.EntityType && e.EntityId == last.Id.ToString() && e.Action == "Moved"));
        Assert.Equal(("Avery Admin", "Contract signed in October."), (audit.Actor, audit.Reason));
    }

    [SkippableFact]
    public async Task AnEntryMovedAheadOfAStrategicOneKeepsItsCompanysTierAndTheAuditSaysFromWhichPlaceToWhich()
    {
        var quarter = OwnQuarter();
        await SupplyAsync(quarter, 0);
        var strategic = await Customers.AddAsync(portal.Factory, $"ts{Guid.NewGuid():N}"[..10], OrganizationTier.Strategic);
        var standard = await Customers.AddAsync(portal.Factory, $"tm{Guid.NewGuid():N}"[..10]);
        foreach (var email in new[] { strategic, standard })
        {
            using var buyer = await portal.Factory.SignedInAsync(email);
            await JoinAsync(buyer, Rack, 1, quarter);
        }
        var moving = (await EntriesAsync(quarter)).Last();
        var lineLength = 2 + (await EarliestAsync()).Count;
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");
        var page = $"/Admin/Waitlist?sku={Rack}&quarter={quarter}";
        var from = Row(await admin.GetAsync(page), await OrganizationOfAsync(standard))[0];

        await admin.SubmitAsync(page, new Dictionary<string, string> { ["position"] = "1", ["reason"] = "Signed the framework contract." }, $"/Admin/Waitlist/Move/{moving.Id}");

        var line = await admin.GetAsync(page);
        var movedRow = Row(line, await OrganizationOfAsync(standard));
        var strategicRow = Row(line, await OrganizationOfAsync(strategic));
        Assert.Equal(("1", "Standard moved among the Strategic entries"), (movedRow[0], movedRow[2]));
        Assert.Equal("Strategic", strategicRow[2]);
        var audit = await portal.Factory.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityType == WaitlistAudit.EntityType && e.EntityId == moving.Id.ToString() && e.Action == "Moved"));
        Assert.Equal(($"place {from} of {lineLength}", $"place 1 of {lineLength}"), (audit.FromState, audit.ToState));
    }

    /// <summary>The cells of an organization's row in the admins' line, their text with runs of white space made one.</summary>
    private static string[] Row(PortalClient.Page line, string organization) =>
        line.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => string.Join(" ", c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray())
            .Single(cells => cells[1] == organization);

    [SkippableFact]
    public async Task FreedSupplyIsOfferedDownTheLineWholeOrInPartAndAnAcceptedOfferBecomesARequestWithTheUnitsHeld()
    {
        var quarter = OwnQuarter();
        await SupplyAsync(quarter, 0);
        var standard = await Customers.AddAsync(portal.Factory, $"t{Guid.NewGuid():N}"[..10]);
        var strategic = await Customers.AddAsync(portal.Factory, $"v{Guid.NewGuid():N}"[..10], OrganizationTier.Strategic);
        using var t = await portal.Factory.SignedInAsync(standard);
        using var s = await portal.Factory.SignedInAsync(strategic);
        using var stranger = await portal.Factory.SignedInAsync("buyer@fjord.example");
        await JoinAsync(t, Rack, 2, quarter);
        await JoinAsync(s, Rack, 3, quarter);

        await SupplyAsync(quarter, 4);
        await RunOffersAsync();

        var entries = await EntriesAsync(quarter);
        var (ofT, ofS) = (entries[0], entries[1]);
        Assert.Equal((WaitlistStatus.Offered, 3), (ofS.Status, ofS.OfferedUnits));
        Assert.Equal((WaitlistStatus.Offered, 1), (ofT.Status, ofT.OfferedUnits));
        Assert.Equal(4, (await AllocationAsync(quarter)).Held);
        Assert.Contains("part of the 2 you wait for", Outbox.LatestTo(portal.Factory, standard).TextBody);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/Customer/Waitlist/Decline/{ofS.Id}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await stranger.AntiforgeryTokenAsync("/Customer/Waitlist") })).Status);

        var declined = await s.SubmitAsync($"/Customer/Waitlist/Decline/{ofS.Id}", new Dictionary<string, string>(), $"/Customer/Waitlist/Decline/{ofS.Id}");
        Assert.Equal(HttpStatusCode.Redirect, declined.Status);
        Assert.Equal(1, (await AllocationAsync(quarter)).Held);

        var accepted = await t.SubmitAsync("/Customer/Waitlist", new Dictionary<string, string>(), $"/Customer/Waitlist/Accept/{ofT.Id}");
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        var entry = (await EntriesAsync(quarter))[0];
        var quote = await portal.Factory.QueryAsync(db => db.Quotes.AsNoTracking().Include(q => q.Racks).SingleAsync(q => q.Id == entry.QuoteId));
        Assert.Equal((QuoteStatus.Submitted, 1, quarter), (quote.Status, quote.Racks.Single().RackCount, quote.RequestedQuarter));
        var hold = await portal.Factory.QueryAsync(db => db.QuoteHolds.AsNoTracking().SingleAsync(h => h.QuoteId == quote.Id));
        Assert.Equal((quarter, 1), (hold.Quarter, hold.Units));
        // The rest of t's entry keeps its place and, with the units s declined, is offered at once.
        Assert.Equal((WaitlistStatus.Offered, 1, 1), (entry.Status, entry.Quantity, entry.OfferedUnits));
        Assert.Equal(2, (await AllocationAsync(quarter)).Held);
        Assert.Contains($"New quote request {quote.Number} from a waitlist offer", Outbox.LatestTo(portal.Factory, "sales@northwind.example").Subject);
    }

    [SkippableFact]
    public async Task DecliningAnOfferIsAskedFirstSayingThePlaceInLineGoesAndDeclineIsNotStyledLikeAccept()
    {
        var quarter = OwnQuarter();
        await SupplyAsync(quarter, 0);
        var customer = await Customers.AddAsync(portal.Factory, $"d{Guid.NewGuid():N}"[..10]);
        using var c = await portal.Factory.SignedInAsync(customer);
        using var stranger = await portal.Factory.SignedInAsync("buyer@fjord.example");
        await JoinAsync(c, Rack, 3, quarter);
        await SupplyAsync(quarter, 2);
        await RunOffersAsync();
        var entry = (await EntriesAsync(quarter)).Single();
        Assert.Equal((WaitlistStatus.Offered, 2), (entry.Status, entry.OfferedUnits));
        var declinePage = $"/Customer/Waitlist/Decline/{entry.Id}";

        var list = await c.GetAsync("/Customer/Waitlist");
        var decline = list.Document.QuerySelector($"a[href='{declinePage}']");
        var accept = list.Document.QuerySelector($"form[action='/Customer/Waitlist/Accept/{entry.Id}'] button[type=submit]");
        Assert.NotNull(decline);
        Assert.NotNull(accept);
        Assert.Null(list.Document.QuerySelector($"form[action='{declinePage}']"));
        Assert.Contains("btn-success", accept.ClassList);
        Assert.DoesNotContain(decline.ClassList, name => name is "btn-success" or "btn-danger" or "btn-primary");

        var asked = await c.GetAsync(declinePage);

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        var question = asked.Text("main");
        Assert.Contains("Declining gives up your place in line", question);
        Assert.Contains("with the 1 more you wait for", question);
        Assert.Contains("you start at the back of the line", question);
        Assert.Equal(WaitlistStatus.Offered, (await EntriesAsync(quarter)).Single().Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(declinePage)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync("/Customer/Waitlist/Decline/999999")).Status);

        var declined = await c.SubmitAsync(asked, new Dictionary<string, string>(), declinePage);

        Assert.Equal(HttpStatusCode.Redirect, declined.Status);
        Assert.Equal(WaitlistStatus.Declined, (await EntriesAsync(quarter)).Single().Status);
        var again = await c.GetAsync(declinePage);
        Assert.Contains("This offer is no longer open", again.Text("main"));
        Assert.Null(again.Document.QuerySelector($"form[action='{declinePage}']"));
    }

    [SkippableFact]
    public async Task SecuredReservationsAreOfferedFirstOnceTheProductIsReleasedAndUnpaidOnesArePassedOver()
    {
        var sku = $"TRN5-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        var quarter = OwnQuarter();
        var details = new ProductDetails("Trainium5 sled", "Next generation.", Lifecycle.PreRelease, new Money(100_000_000, "USD"), 26, 2, 12_000, 40, 64);
        await portal.Factory.QueryAsync(db =>
        {
            var product = new Product(sku, ProductFamily.AcceleratorSled, details, null, ["Trn5"], []);
            product.SetReservationDeposit(new Money(2_500_000, "USD"));
            db.Products.Add(product);
            return db.SaveChangesAsync();
        });
        var standard = await Customers.AddAsync(portal.Factory, $"w{Guid.NewGuid():N}"[..10]);
        var strategic = await Customers.AddAsync(portal.Factory, $"x{Guid.NewGuid():N}"[..10], OrganizationTier.Strategic);
        using var first = await portal.Factory.SignedInAsync(standard);
        using var second = await portal.Factory.SignedInAsync(strategic);

        await JoinAsync(first, sku, 3, null);
        await JoinAsync(second, sku, 2, null);
        var page = await first.GetAsync("/Customer/Waitlist");
        Assert.Contains("Refundable deposit: $75,000, due", page.Text("main"));
        Assert.Contains("a refundable deposit of USD 75,000.00 secures it", Outbox.LatestTo(portal.Factory, standard).TextBody);

        await portal.Factory.QueryAsync(async db =>
        {
            var reservation = await db.WaitlistEntries.Where(e => e.Product!.Sku == sku).OrderByDescending(e => e.Id).FirstAsync();
            reservation.SecureDeposit(DateTime.UtcNow);
            var product = await db.Products.SingleAsync(p => p.Sku == sku);
            product.Update(details with { Lifecycle = Lifecycle.AllocationLimited });
            db.Allocations.Add(new Allocation(product.Id, quarter, 4));
            return await db.SaveChangesAsync();
        });
        using var late = await portal.Factory.SignedInAsync(await Customers.AddAsync(portal.Factory, $"y{Guid.NewGuid():N}"[..10], OrganizationTier.Strategic));
        await JoinAsync(late, sku, 1, quarter);
        await RunOffersAsync();

        var entries = await portal.Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().Where(e => e.Product!.Sku == sku).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([true, true, false], entries.Select(e => e.IsReservation));
        Assert.Equal([DepositStatus.Due, DepositStatus.Paid, DepositStatus.None], entries.Select(e => e.DepositStatus));
        Assert.Equal([null, 2, 1], entries.Select(e => e.OfferedUnits));
        Assert.Equal([WaitlistStatus.Waiting, WaitlistStatus.Offered, WaitlistStatus.Offered], entries.Select(e => e.Status));
    }

    [SkippableFact]
    public async Task TwoOfferRunsAtOnceNeverOfferTheSameSupplyTwice()
    {
        var quarter = OwnQuarter();
        await SupplyAsync(quarter, 0);
        for (var i = 0; i < 6; i++)
        {
            using var buyer = await portal.Factory.SignedInAsync(await Customers.AddAsync(portal.Factory, $"r{i}{Guid.NewGuid():N}"[..10]));
            await JoinAsync(buyer, Rack, 2, quarter);
        }
        await SupplyAsync(quarter, 7);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunOffersAsync)));
        await RunOffersAsync();

        var offered = (await EntriesAsync(quarter)).Where(e => e.Status == WaitlistStatus.Offered).ToList();
        Assert.Equal(7, offered.Sum(e => e.OfferedUnits));
        Assert.Equal([2, 2, 2, 1], offered.Select(e => e.OfferedUnits!.Value));
        var allocation = await AllocationAsync(quarter);
        Assert.Equal((7, 0), (allocation.Held, allocation.Free));
    }
}

public sealed class WaitlistOnSqlite(SqlitePortal portal) : WaitlistTests(portal), IClassFixture<SqlitePortal>;

public sealed class WaitlistOnPostgreSql(PostgresPortal portal) : WaitlistTests(portal), IClassFixture<PostgresPortal>;
