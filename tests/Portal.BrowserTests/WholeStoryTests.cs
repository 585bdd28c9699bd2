using Microsoft.Playwright;
using Portal.Application.Waitlist;
using Portal.Domain.Common;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>
/// The whole story (.docs/tour.md) in one browser run, each person in a browser context of their own. A company registers and an
/// admin approves it; its buyer configures two Trainium3 racks and asks for a quote; sales prices it with a discount
/// above its authority, an admin approves it and the quote is issued; the buyer downloads the PDF, accepts the quote and
/// pays the deposit by card, which commits the supply. The quarter is then sold out: Fjord joins its waitlist, Helios
/// declines a quote that held the last racks, and Fjord is offered them and accepts.
/// </summary>
public sealed class WholeStoryTests(PaymentsBrowserPortal portal) : IClassFixture<PaymentsBrowserPortal>
{
    private const string Rack = "TRN3-RACK-48U";
    private const string Sled = "TRN3-SLED-8";
    private static readonly NewSite FjordsLiquidHall = new("Rjukan Hall B", "Rjukan", "NO", 4_000);

    /// <summary>The quarter's row of a supply table: quarter, supply, held, committed, free.</summary>
    private static ILocator SupplyRow(IPage page, Quarter quarter) =>
        page.Locator("#supply-heading ~ div table tbody tr").Filter(new() { HasText = quarter.ToString() }).GetByRole(AriaRole.Cell);

    [SkippableFact]
    public async Task ACompanyRegistersBuysTwoRacksAndPaysItsDepositWhileAnotherGetsTheFreedSupplyFromTheWaitlist()
    {
        var shots = new ScreenshotSeries("story");
        var company = new NewCompany("Lumen Grid AB", "SE", "Elin Berg", "elin@lumengrid.example", "Midnight-sun-2026",
            new NewBillingAddress("Kungsgatan 12", "111 43", "Stockholm", "SE123456789001"));
        var site = new NewSite("Luleå Hall 1", "Luleå", "SE", 2_000);
        var buyer = await portal.NewPageAsync();
        // A quarter with four racks: two for the new company, two held by a quote issued to Helios that it will decline.
        var quarter = Quarter.Containing(DateTime.UtcNow).Plus(5);
        await Supply.SetAsync(portal.Factory, Rack, quarter, 4);
        await Supply.SetAsync(portal.Factory, Sled, quarter, 4);
        var heliosQuote = await DepositSteps.IssuedQuoteAsync(portal.Factory, "buyer@helios.example",
            b => b.WithConfiguration(Rack, [("EFA-SW-51T", 1), ("CDU-LIQ-150KW", 1)], 2).ForQuarter(5));

        // 1. The company registers; an admin approves it.
        await buyer.GotoAsync("/");
        await buyer.FillRegistrationAsync(company);
        await shots.TakeAsync(buyer, "register");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await buyer.ConfirmEmailAsync(portal.Factory, company.Email);

        var admin = await portal.NewPageAsync();
        await admin.SignInAsync(DepositSteps.Admin);
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = company.Name })).ToBeVisibleAsync();
        await admin.ApproveOrganizationAsync(company.Name);
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Status: Active");
        await shots.TakeAsync(admin, "admin-approves-company");

        // 2. Its buyer adds a site, configures two racks and submits the request.
        await buyer.SignInAsync(company.Email, company.Password);
        await Assertions.Expect(buyer.GetByRole(AriaRole.Heading, new() { Name = company.Name })).ToBeVisibleAsync();
        await buyer.AddSiteAsync(site);
        await buyer.ConfigureAsync(Rack, 2, site.Name, (Sled, 2), ("EFA-SW-51T", 1), ("CDU-LIQ-150KW", 1));
        await Assertions.Expect(buyer.Locator("#evaluation tr").Filter(new() { HasText = "Estimated total" })).ToContainTextAsync("$4,200,000");
        await shots.TakeAsync(buyer, "configure-two-racks");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Start a quote request with it" }).ClickAsync();
        await buyer.DescribeDraftAsync(quarter, "Two UltraServer racks for Luleå Hall 1; more sleds to follow once these run.");
        var number = await buyer.SubmitRequestAsync();
        await Assertions.Expect(buyer.Locator("h1")).ToContainTextAsync("Submitted");
        await shots.TakeAsync(buyer, "request-submitted");

        // 3. Sales prices it at 12 %, above its 10 %; an admin approves the discount and the quote is issued.
        var sales = await portal.NewPageAsync();
        await sales.SignInAsync(DepositSteps.Sales);
        await sales.ClaimAsync(number);
        await sales.PriceAsync(12);
        await Assertions.Expect(sales.Locator("#totals-heading + table")).ToContainTextAsync("$3,696,000");
        await sales.GetByRole(AriaRole.Button, new() { Name = "Send for an admin's approval" }).ClickAsync();
        await Assertions.Expect(sales.GetByText("The discount is above your authority")).ToBeVisibleAsync();
        await Assertions.Expect(sales.Locator("h1")).ToContainTextAsync("Pending approval");
        await Assertions.Expect(sales.GetByRole(AriaRole.Status).Filter(new() { HasText = "above the sales authority of 10 %" })).ToContainTextAsync("12 %");
        await shots.TakeAsync(sales, "sales-discount-needs-approval");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Approvals" }).ClickAsync();
        var waiting = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = number });
        await Assertions.Expect(waiting).ToContainTextAsync("12 %");
        await waiting.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Approve the discount and issue" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Approved and issued")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("h1")).ToContainTextAsync("Issued");
        await shots.TakeAsync(admin, "admin-approves-discount");

        // 4. The buyer downloads the PDF, accepts the quote and pays the deposit by card: the supply is committed.
        await buyer.ReloadAsync();
        await Assertions.Expect(buyer.GetByRole(AriaRole.Heading, new() { Name = "Your quote is ready" })).ToBeVisibleAsync();
        var (file, pdf) = await buyer.DownloadPdfAsync("story-quote");
        Assert.StartsWith(number, file);
        Assert.Contains(company.Name, pdf);
        Assert.Contains("3,696,000.00", pdf);
        Assert.DoesNotContain("DRAFT", pdf);
        await buyer.FillAcceptanceAsync("Head of infrastructure", "PO-LG-0042");
        await shots.TakeAsync(buyer, "buyer-accepts");
        await buyer.AcceptQuoteAsync();
        await Assertions.Expect(buyer.Locator("#deposit-heading")).ToHaveTextAsync("Deposit $739,200.00 · Due");
        await buyer.GetByRole(AriaRole.Link, new() { Name = "Pay the deposit" }).ClickAsync();
        await buyer.GoToCheckoutAsync(portal, "$739,200.00");
        await shots.TakeAsync(buyer, "stripe-checkout");
        await buyer.PayOnCheckoutAsync();
        await shots.TakeAsync(buyer, "deposit-paid");
        await buyer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Assertions.Expect(buyer.Locator("h1")).ToContainTextAsync("Deposit paid");
        await Assertions.Expect(buyer.Locator("#deposit-heading")).ToHaveTextAsync("Deposit $739,200.00 · Paid");

        await admin.GotoAsync($"/Admin/Products/Edit/{Rack}");
        await Assertions.Expect(SupplyRow(admin, quarter)).ToHaveTextAsync([quarter.ToString(), "4", "2", "2", "0"]);
        await shots.TakeAsync(admin, "admin-supply-committed");

        // 5. Fjord waits for the sold-out quarter; Helios declines its quote, and the racks it held go to Fjord.
        var fjord = await portal.NewPageAsync();
        await fjord.SignInAsync("buyer@fjord.example");
        await fjord.JoinWaitlistAsync(quarter);
        await Assertions.Expect(fjord.Locator("section").Filter(new() { HasText = $"For {quarter}" }))
            .ToContainTextAsync("expected: not yet: the supply announced so far is spoken for");
        await shots.TakeAsync(fjord, "fjord-joins-waitlist");

        var helios = await portal.NewPageAsync();
        await helios.SignInAsync("buyer@helios.example");
        await helios.GotoAsync($"/Customer/Quotes/Details/{heliosQuote}");
        await helios.GetByLabel("Why are you declining?").FillAsync("Our Trainium3 budget moved to next year.");
        await helios.GetByRole(AriaRole.Button, new() { Name = "Decline", Exact = true }).ClickAsync();
        await Assertions.Expect(helios.GetByText("Quote declined.")).ToBeVisibleAsync();
        await Assertions.Expect(helios.Locator("h1")).ToContainTextAsync("Declined");
        await shots.TakeAsync(helios, "helios-declines");

        // Trainium3 racks are liquid-cooled and Fjord's Rjukan Hall A is air-cooled: Fjord has them delivered to its new hall.
        await Jobs.RunAsync<WaitlistOffers>(portal.Factory);
        await fjord.AddSiteAsync(FjordsLiquidHall);
        await fjord.GotoAsync("/Customer/Waitlist");
        var offer = fjord.Offer(quarter);
        await Assertions.Expect(offer).ToContainTextAsync("Held for you until");
        await shots.TakeAsync(fjord, "fjord-offered");
        await offer.AcceptOfferAsync(FjordsLiquidHall);
        await Assertions.Expect(fjord.Locator("#short-heading")).ToHaveCountAsync(0);
        await shots.TakeAsync(fjord, "fjord-accepts-offer");

        // The request from the offer reaches sales with its racks held for it: it can be issued.
        var fjordNumber = (await fjord.Locator("h1").InnerTextAsync()).Split(' ')[0];
        await sales.GotoAsync($"/Staff/Quotes?q={fjordNumber}");
        await sales.GetByRole(AriaRole.Link, new() { Name = fjordNumber }).ClickAsync();
        await Assertions.Expect(sales.Locator("#supply-heading + table tbody tr").GetByRole(AriaRole.Cell))
            .ToHaveTextAsync([$"Trainium3 UltraServer rack, 48U {Rack}", quarter.ToString(), "2", "2", "enough"]);
        await shots.TakeAsync(sales, "sales-sees-fjords-request");
    }
}
