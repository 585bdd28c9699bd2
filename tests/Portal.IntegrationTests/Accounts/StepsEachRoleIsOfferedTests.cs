using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Accounts;

/// <summary>
/// What a company's people are offered follows their roles: the deposit invoice is for its Finance people and
/// administrators, a reservation's deposit mails reach Finance, and only requesters are shown the ways to buy.
/// </summary>
public abstract class StepsEachRoleIsOfferedTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task TheDepositInvoiceIsForFinanceAndAdministratorsAndAnotherColleagueIsRefusedWithoutALink()
    {
        var owner = await Customers.AddAsync(portal.Factory, Slug("invoice"));
        var (quote, deposit) = await DepositSteps.AcceptedQuoteAsync(portal.Factory, owner, b => b.WithProduct("SVC-NEURON-ENG", 1));
        var invoice = $"/deposits/{deposit.Id}/invoice";
        using var finance = await SignedInAsync(owner, CompanyRoles.Finance);
        using var administrator = await SignedInAsync(owner, CompanyRoles.Administrator);
        using var requester = await SignedInAsync(owner, CompanyRoles.Requester);
        using var approver = await SignedInAsync(owner, CompanyRoles.Approver);
        using var sales = await portal.Factory.SignedInAsync(DepositSteps.Sales);

        var byFinance = await finance.Http.GetAsync(invoice);
        var byAdministrator = await administrator.Http.GetAsync(invoice);
        var bySales = await sales.Http.GetAsync(invoice);
        var byRequester = await requester.GetAsync(invoice);
        var byApprover = await approver.GetAsync(invoice);
        var requestersQuote = await requester.GetAsync($"/Customer/Quotes/Details/{quote}");

        Assert.Equal(("application/pdf", "application/pdf", "application/pdf"),
            (byFinance.Content.Headers.ContentType?.MediaType, byAdministrator.Content.Headers.ContentType?.MediaType, bySales.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (byRequester.Status, byApprover.Status));
        Assert.Contains("needs the Administrator or Finance role", byRequester.Text("main"), StringComparison.Ordinal);
        Assert.Null(requestersQuote.Document.QuerySelector($"a[href='{invoice}'], a[href='/Customer/Deposits/Details/{deposit.Id}']"));
        Assert.Contains("Finance people pay it", requestersQuote.Text("main"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AReservationsDepositMailsGoToFinanceAndTheRequesterWhoMadeItHearsOnlyOfItsPlace()
    {
        var owner = await Customers.AddAsync(portal.Factory, Slug("reserve"));
        var financeEmail = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Finance);
        var requesterEmail = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Requester);
        var sku = await PreReleaseProductAsync();
        using var requester = await portal.Factory.SignedInAsync(requesterEmail);
        await requester.SubmitAsync($"/Customer/Waitlist/Join?sku={sku}", new Dictionary<string, string> { ["Quantity"] = "2", ["Quarter"] = "" });
        var deposit = await portal.Factory.QueryAsync(db => db.Deposits.AsNoTracking()
            .SingleAsync(d => db.WaitlistEntries.Any(e => e.Id == d.WaitlistEntryId && e.Product!.Sku == sku)));

        var dueToFinance = Outbox.AllTo(portal.Factory, financeEmail).Single(m => m.Subject!.StartsWith($"Deposit of {deposit.Amount} due", StringComparison.Ordinal));
        await PayByTransferAsync(deposit.Id, deposit.Amount);
        await Outbox.DrainAsync(portal.Factory);
        var toFinance = Outbox.AllTo(portal.Factory, financeEmail);
        var toRequester = Outbox.AllTo(portal.Factory, requesterEmail);

        Assert.Equal($"{deposit.Reference}.pdf", dueToFinance.Attachments.Single().ContentDisposition?.FileName);
        Assert.Equal("/Customer/Waitlist", Outbox.LinkIn(dueToFinance));
        Assert.Contains(toFinance, m => m.Subject == "Your reservation is secured" && m.Attachments.Any());
        Assert.Contains(toRequester, m => m.Subject!.StartsWith("Your reservation of", StringComparison.Ordinal)
                                          && m.TextBody?.Contains("Finance people pay it", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(toRequester, m => m.Subject == "Your reservation is secured" || m.Subject!.StartsWith("Deposit of", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task OnlyARequesterIsOfferedToAddAProductToAQuoteRequestOrToJoinItsLine()
    {
        var owner = await Customers.AddAsync(portal.Factory, Slug("product"));
        using var requester = await SignedInAsync(owner, CompanyRoles.Requester);
        using var finance = await SignedInAsync(owner, CompanyRoles.Finance | CompanyRoles.Approver);
        var product = "/catalog/SVC-NEURON-ENG";
        var reservable = $"/catalog/{await PreReleaseProductAsync()}";
        const string buySteps = "a[href*='/Customer/AddToRequest'], a[href*='/Customer/Waitlist/Join']";

        var requestersProduct = await requester.GetAsync(product);
        var requestersReservation = await requester.GetAsync(reservable);
        var financesProduct = await finance.GetAsync(product);
        var financesReservation = await finance.GetAsync(reservable);

        Assert.NotNull(requestersProduct.Document.QuerySelector("a[href='/Customer/AddToRequest?sku=SVC-NEURON-ENG']"));
        Assert.NotNull(requestersReservation.Document.QuerySelector(buySteps));
        Assert.Null(financesProduct.Document.QuerySelector(buySteps));
        Assert.Null(financesReservation.Document.QuerySelector(buySteps));
        Assert.Contains("Your company's requesters request quotes", financesProduct.Text("main"), StringComparison.Ordinal);
        Assert.NotNull(financesReservation.Document.QuerySelector("main a[href='/Customer/Colleagues']"));
    }

    private static string Slug(string what) => $"{what}{Guid.NewGuid():N}"[..12];

    private async Task<PortalClient> SignedInAsync(string owner, CompanyRoles roles) =>
        await portal.Factory.SignedInAsync(await Customers.AddColleagueAsync(portal.Factory, owner, roles));

    /// <summary>A product of its own, not yet released, reserved with a deposit too large for a card (paid by transfer).</summary>
    private async Task<string> PreReleaseProductAsync()
    {
        var sku = $"TRN9-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        await portal.Factory.QueryAsync(db =>
        {
            var details = new ProductDetails("Trainium9 sled", "Far future.", Lifecycle.PreRelease, new Money(90_000_000, "USD"), 26, 2, 12_000, 40, 64);
            var product = new Product(sku, ProductFamily.AcceleratorSled, details, null, ["Trn9"], []);
            product.SetReservationDeposit(new Money(60_000_000, "USD"));
            db.Products.Add(product);
            return db.SaveChangesAsync();
        });
        return sku;
    }

    /// <summary>Sales records the transfer of the whole deposit on the deposit's page.</summary>
    private async Task PayByTransferAsync(int depositId, Money amount)
    {
        using var sales = await portal.Factory.SignedInAsync(DepositSteps.Sales);
        var recorded = await sales.SubmitAsync($"/Staff/Deposits/Details/{depositId}", new Dictionary<string, string>
        {
            ["Transfer.Amount"] = amount.Major.ToString("0.00", CultureInfo.InvariantCulture),
            ["Transfer.ReceivedOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Transfer.Reference"] = "SEPA-RESERVE",
        }, $"/Staff/Deposits/RecordTransfer/{depositId}");
        Assert.Equal(HttpStatusCode.Redirect, recorded.Status);
    }
}

public sealed class StepsEachRoleIsOfferedOnSqlite(SqlitePortal portal) : StepsEachRoleIsOfferedTests(portal), IClassFixture<SqlitePortal>;

public sealed class StepsEachRoleIsOfferedOnPostgreSql(PostgresPortal portal) : StepsEachRoleIsOfferedTests(portal), IClassFixture<PostgresPortal>;
