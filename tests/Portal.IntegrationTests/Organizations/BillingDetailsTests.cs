using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Quotes.Accept;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Organizations;

/// <summary>
/// A company's billing addresses, tax id and purchase-order rule: asked at registration, kept by its administrator on
/// Company details, required at acceptance when the company says so, and kept by the acceptance for its pages, the API
/// and the deposit invoice.
/// </summary>
public abstract class BillingDetailsTests(PortalFixture portal)
{
    private PortalFactory Factory => portal.Factory;

    private static Task<PortalClient.Page> SaveDetailsAsync(PortalClient admin, string taxId, bool requirePurchaseOrder) =>
        admin.SubmitAsync("/Customer/Company", new Dictionary<string, string>
        {
            ["Details.TaxId"] = taxId, ["Details.RequirePurchaseOrder"] = requirePurchaseOrder ? "true" : "false",
        }, "/Customer/Company/SaveDetails");

    private static Task<PortalClient.Page> SaveAddressAsync(PortalClient admin, string street, bool makeDefault, int? id = null) =>
        admin.SubmitAsync(id is null ? "/Customer/Company/AddAddress" : $"/Customer/Company/EditAddress/{id}", new Dictionary<string, string>
        {
            ["Street"] = street, ["PostalCode"] = "60325", ["City"] = "Frankfurt am Main", ["CountryCode"] = "DE", ["MakeDefault"] = makeDefault ? "true" : "false",
        });

    private Task<List<Portal.Domain.Organizations.BillingAddress>> AddressesAsync(string member) => Factory.QueryAsync(db => db.BillingAddresses.AsNoTracking()
        .Where(a => db.Users.Any(u => u.Email == member && u.OrganizationId == a.OrganizationId)).OrderBy(a => a.Id).ToListAsync());

    private Task<Portal.Domain.Organizations.Organization> CompanyAsync(string member) => Factory.QueryAsync(db => db.Organizations.AsNoTracking()
        .SingleAsync(o => db.Users.Any(u => u.Email == member && u.OrganizationId == o.Id)));

    private static string Slug(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..12];

    [SkippableFact]
    public async Task RegistrationKeepsTheBillingAddressAsTheDefaultAndTheTaxIdAsItsCountryWritesIt()
    {
        using var visitor = Factory.NewClient();
        var email = $"jonas-{Guid.NewGuid():N}@rhein.example";
        var name = $"Rhein Compute {Guid.NewGuid():N}"[..22];

        await visitor.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["CompanyName"] = name, ["CountryCode"] = "DE", ["FullName"] = "Jonas Weber", ["Email"] = email, ["Password"] = "Correct-horse-42",
            ["Street"] = "Mainzer Landstraße 50", ["PostalCode"] = "60325", ["City"] = "Frankfurt am Main", ["TaxId"] = "de 123.456.789",
        });

        var company = await CompanyAsync(email);
        Assert.Equal("DE123456789", company.TaxId);
        Assert.False(company.RequiresPurchaseOrder);
        var address = Assert.Single(await AddressesAsync(email));
        Assert.Equal(("Mainzer Landstraße 50", "60325", "Frankfurt am Main", "DE", true), (address.Street, address.PostalCode, address.City, address.CountryCode, address.IsDefault));
    }

    [SkippableFact]
    public async Task AUsAddressNeedsItsStateFromTheTableAndPrintsInTheUsOrder()
    {
        var owner = await Customers.AddAsync(Factory, Slug("state"));
        using var admin = await Factory.SignedInAsync(owner);
        Task<PortalClient.Page> SaveUsAddressAsync(string region) => admin.SubmitAsync("/Customer/Company/AddAddress", new Dictionary<string, string>
        {
            ["Street"] = "21715 Filigree Court", ["PostalCode"] = "20147", ["City"] = "Ashburn", ["Region"] = region, ["CountryCode"] = "US", ["MakeDefault"] = "false",
        });

        var none = await SaveUsAddressAsync("");
        var unknown = await SaveUsAddressAsync("XV");

        Assert.Equal("Type a two-letter state code such as VA.", none.FieldMessage("Region"));
        Assert.Equal("Type a two-letter state code such as VA.", unknown.FieldMessage("Region"));
        Assert.Empty(await AddressesAsync(owner));
        Assert.Equal(HttpStatusCode.Redirect, (await SaveUsAddressAsync(" va ")).Status);
        Assert.Equal("VA", Assert.Single(await AddressesAsync(owner)).Region);
        var page = await admin.GetAsync("/Customer/Company");
        Assert.Contains("Ashburn, VA 20147", page.Text("main"));
    }

    [SkippableFact]
    public async Task RegistrationInTheUsAsksForTheStateAndKeepsIt()
    {
        using var visitor = Factory.NewClient();
        var email = $"pat-{Guid.NewGuid():N}@potomac.example";
        var company = new Dictionary<string, string>
        {
            ["CompanyName"] = $"Potomac Compute {Guid.NewGuid():N}"[..24], ["CountryCode"] = "US", ["FullName"] = "Pat Rivera", ["Email"] = email,
            ["Password"] = "Correct-horse-42", ["Street"] = "21715 Filigree Court", ["PostalCode"] = "20147", ["City"] = "Ashburn", ["TaxId"] = "84-2910475",
        };

        var refused = await visitor.SubmitAsync("/Account/Register", company);
        Assert.Equal("Type a two-letter state code such as VA.", refused.FieldMessage("Region"));
        await visitor.SubmitAsync("/Account/Register", new Dictionary<string, string>(company) { ["Region"] = "VA" });

        var address = Assert.Single(await AddressesAsync(email));
        Assert.Equal(("Ashburn", "VA", "US"), (address.City, address.Region, address.CountryCode));
    }

    [SkippableFact]
    public async Task TheAdministratorKeepsTaxIdAndBillingAddressesOnCompanyDetailsWithFieldMessages()
    {
        var owner = await Customers.AddAsync(Factory, Slug("bill"));
        using var admin = await Factory.SignedInAsync(owner);

        var badTaxId = await SaveDetailsAsync(admin, "123456789", requirePurchaseOrder: true);
        var noStreet = await SaveAddressAsync(admin, "", makeDefault: false);
        Assert.Equal("Type a VAT number such as DE123456789.", badTaxId.FieldMessage("Details.TaxId"));
        Assert.Equal("Street and number is required.", noStreet.FieldMessage("Street"));
        Assert.Null((await CompanyAsync(owner)).TaxId);
        Assert.False((await CompanyAsync(owner)).RequiresPurchaseOrder);
        Assert.Empty(await AddressesAsync(owner));

        Assert.Equal(HttpStatusCode.Redirect, (await SaveDetailsAsync(admin, "DE 298 765 432", requirePurchaseOrder: true)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAddressAsync(admin, "Mainzer Landstraße 50", makeDefault: false)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAddressAsync(admin, "Taunusanlage 8", makeDefault: true)).Status);

        var company = await CompanyAsync(owner);
        Assert.Equal(("DE298765432", true), (company.TaxId, company.RequiresPurchaseOrder));
        var addresses = await AddressesAsync(owner);
        Assert.Equal([("Mainzer Landstraße 50", false), ("Taunusanlage 8", true)], addresses.Select(a => (a.Street, a.IsDefault)));
        var page = await admin.GetAsync("/Customer/Company");
        Assert.Contains("Taunusanlage 8", page.Text("main"));
        Assert.Null(page.Document.QuerySelector($"form[action='/Customer/Company/RemoveAddress/{addresses[1].Id}']"));

        var token = await admin.AntiforgeryTokenAsync("/Customer/Company");
        var defaultRemoved = await admin.PostAsync($"/Customer/Company/RemoveAddress/{addresses[1].Id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, defaultRemoved.Status);
        Assert.Contains("make another address the default first", (await admin.GetAsync("/Customer/Company")).Text("main"));
        var removed = await admin.SubmitAsync("/Customer/Company", new Dictionary<string, string>(), $"/Customer/Company/RemoveAddress/{addresses[0].Id}");
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Equal(["Taunusanlage 8"], (await AddressesAsync(owner)).Select(a => a.Street));
    }

    [SkippableFact]
    public async Task AnotherCompanysBillingAddressIsNotFound()
    {
        var owner = await Customers.AddAsync(Factory, Slug("billown"));
        var other = await Customers.AddAsync(Factory, Slug("billfor"));
        using (var otherAdmin = await Factory.SignedInAsync(other))
        {
            await SaveAddressAsync(otherAdmin, "Zeil 1", makeDefault: false);
        }
        var foreign = Assert.Single(await AddressesAsync(other));
        using var admin = await Factory.SignedInAsync(owner);
        var token = await admin.AntiforgeryTokenAsync("/Customer/Company");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Customer/Company/EditAddress/{foreign.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/Customer/Company/RemoveAddress/{foreign.Id}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/Customer/Company/SaveAddress", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Id"] = foreign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Street"] = "Taken over 1", ["PostalCode"] = "1", ["City"] = "X", ["CountryCode"] = "DE",
        })).Status);
        Assert.Equal("Zeil 1", Assert.Single(await AddressesAsync(other)).Street);
    }

    [SkippableFact]
    public async Task ACompanyThatRequiresAPurchaseOrderIsRefusedAcceptanceWithoutOneOnThePageAndTheApi()
    {
        var owner = await Customers.AddAsync(Factory, Slug("po"));
        using var admin = await Factory.SignedInAsync(owner);
        await SaveDetailsAsync(admin, "DE123456789", requirePurchaseOrder: true);
        var onPage = await DepositSteps.IssuedQuoteAsync(Factory, owner, q => q.WithProduct("SVC-NEURON-ENG", 1));
        var byApi = await DepositSteps.IssuedQuoteAsync(Factory, owner, q => q.WithProduct("SVC-NEURON-ENG", 1));
        var api = await ApiCaller.ForAsync(Factory, owner);

        var refused = await admin.SubmitAsync($"/Customer/Quotes/Details/{onPage}", new Dictionary<string, string>
        {
            ["Accept.Name"] = "Po Buyer", ["Accept.Title"] = "Procurement", ["Accept.AcceptTerms"] = "true",
        }, $"/Customer/Quotes/Accept/{onPage}");
        var problem = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{byApi}/accept",
            new { name = "Po Buyer", title = "Procurement", acceptTerms = true, revision = 1 }, HttpStatusCode.BadRequest);
        var accepted = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{byApi}/accept",
            new { name = "Po Buyer", title = "Procurement", purchaseOrder = "PO-1", acceptTerms = true, revision = 1 });

        Assert.Equal(AcceptQuoteCommand.PurchaseOrderNeeded, refused.FieldMessage("Accept.PurchaseOrder"));
        Assert.Equal("Purchase order number (required by your company)", refused.Text("label[for='Accept_PurchaseOrder']"));
        Assert.NotNull(refused.Document.QuerySelector("input[name='Accept.PurchaseOrder'][required]"));
        Assert.Equal(QuoteStatus.Issued, await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == onPage).Select(q => q.Status).SingleAsync()));
        Assert.Equal([AcceptQuoteCommand.PurchaseOrderNeeded], ApiCaller.ErrorsFor(problem, "purchaseOrder"));
        Assert.Equal("Accepted", accepted.GetProperty("quote").GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task TheAcceptanceKeepsTheBillingDetailsOfItsDayForThePagesTheApiAndTheDepositInvoice()
    {
        var owner = await Customers.AddAsync(Factory, Slug("snap"));
        using var admin = await Factory.SignedInAsync(owner);
        await SaveDetailsAsync(admin, "DE123456789", requirePurchaseOrder: false);
        await SaveAddressAsync(admin, "Mainzer Landstraße 50", makeDefault: true);
        var id = await DepositSteps.IssuedQuoteAsync(Factory, owner, q => q.WithProduct("SVC-NEURON-ENG", 1));
        await admin.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string>
        {
            ["Accept.Name"] = "Snap Buyer", ["Accept.Title"] = "Procurement", ["Accept.PurchaseOrder"] = "PO-SNAP-77", ["Accept.AcceptTerms"] = "true",
        }, $"/Customer/Quotes/Accept/{id}");

        // Later edits do not rewrite what the acceptance kept.
        await SaveDetailsAsync(admin, "DE987654321", requirePurchaseOrder: false);
        var address = Assert.Single(await AddressesAsync(owner));
        await SaveAddressAsync(admin, "Moved Away 1", makeDefault: true, address.Id);

        var acceptance = (await Factory.QueryAsync(db => db.Quotes.AsNoTracking().SingleAsync(q => q.Id == id))).Acceptance!;
        Assert.Equal(["Mainzer Landstraße 50", "60325 Frankfurt am Main", "Germany"], acceptance.BillingAddressLines);
        Assert.Equal(("DE123456789", "PO-SNAP-77"), (acceptance.TaxId, acceptance.PurchaseOrder));

        var customerPage = (await admin.GetAsync($"/Customer/Quotes/Details/{id}")).Text("main");
        using var sales = await Factory.SignedInAsync(DepositSteps.Sales);
        var staffPage = (await sales.GetAsync($"/Staff/Quotes/Details/{id}")).Text("main");
        foreach (var text in new[] { customerPage, staffPage })
        {
            Assert.Contains("Mainzer Landstraße 50", text);
            Assert.Contains("DE123456789", text);
            Assert.DoesNotContain("Moved Away 1", text);
        }

        var api = await ApiCaller.ForAsync(Factory, owner, write: false);
        var fromApi = (await api.JsonAsync(HttpMethod.Get, $"/api/v1/quotes/{id}")).GetProperty("acceptance");
        Assert.Equal("PO-SNAP-77", fromApi.GetProperty("purchaseOrder").GetString());
        Assert.Equal("DE123456789", fromApi.GetProperty("taxId").GetString());
        Assert.Equal("Mainzer Landstraße 50", fromApi.GetProperty("billingAddress")[0].GetString());
        var depositFromApi = (await api.JsonAsync(HttpMethod.Get, $"/api/v1/deposits?quote={id}")).EnumerateArray().Single();
        Assert.Equal(("PO-SNAP-77", "DE123456789"), (depositFromApi.GetProperty("purchaseOrder").GetString(), depositFromApi.GetProperty("taxId").GetString()));
        Assert.Equal("Mainzer Landstraße 50", depositFromApi.GetProperty("billingAddress")[0].GetString());

        var deposit = await DepositSteps.DepositOfQuoteAsync(Factory, id);
        var invoice = await admin.Http.GetAsync($"/deposits/{deposit.Id}/invoice");
        using var pdf = PdfArtifacts.Check(await invoice.Content.ReadAsByteArrayAsync(), $"deposit-invoice-billing-{portal.Provider}");
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Purchase order PO-SNAP-77", words);
        Assert.Contains("Tax id DE123456789", words);
        Assert.Contains("Mainzer Landstraße 50", words);
        Assert.DoesNotContain("Moved Away", words);
    }

    [SkippableFact]
    public async Task AuditRowsAboutAPersonWithTheLongestEmailAddressAreWritten()
    {
        using var owner = await Factory.SignedInAsync("buyer@helios.example");
        const string domain = "@helios.example";
        var email = $"{Guid.NewGuid():N}".PadRight(254 - domain.Length, 'x') + domain;
        Assert.Equal(254, email.Length);

        var invited = await owner.SubmitAsync("/Customer/Colleagues", new Dictionary<string, string>
        {
            ["Invite.FullName"] = "Lena Long", ["Invite.Email"] = email,
        }, "/Customer/Colleagues/Invite");

        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var row = await Factory.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityType == AccountAudit.EntityType && e.EntityId == email));
        Assert.Equal(AccountAudit.Invited.Name, row.Action);
    }
}

public sealed class BillingDetailsOnSqlite(SqlitePortal portal) : BillingDetailsTests(portal), IClassFixture<SqlitePortal>;

public sealed class BillingDetailsOnPostgreSql(PostgresPortal portal) : BillingDetailsTests(portal), IClassFixture<PostgresPortal>;
