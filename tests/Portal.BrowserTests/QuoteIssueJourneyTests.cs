using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>
/// The whole story of a quote: the customer configures racks and submits the request; sales claims it, prices it and
/// issues it; the customer downloads the PDF and accepts it. And the pages around it: an admin's approvals, two
/// revisions compared.
/// </summary>
public sealed class QuoteIssueJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static async Task ExpectAccessibleAsync(IPage page)
    {
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
    }

    [SkippableFact]
    public async Task TheCustomerSubmitsSalesPricesAndIssuesAndTheCustomerDownloadsAndAccepts()
    {
        var customer = await portal.NewPageAsync();
        await customer.SignInAsync("buyer@helios.example");
        await customer.GotoAsync("/Customer/Configurator");
        await customer.Locator("select[name=RackSku]").SelectOptionAsync("TRN2-RACK-48U");
        await customer.Locator("#Components_0__Sku").SelectOptionAsync("TRN2-SRV-16");
        await customer.Locator("#Components_0__Quantity").FillAsync("4");
        await customer.Locator("#Components_1__Sku").SelectOptionAsync("EFA-SW-25T");
        await customer.Locator("#Components_1__Quantity").FillAsync("1");
        await Assertions.Expect(customer.GetByText("This configuration keeps every rule.")).ToBeVisibleAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Start a quote request with it" }).ClickAsync();
        await customer.GetByLabel("Delivery quarter").SelectOptionAsync(new SelectOptionValue { Index = 3 });
        await customer.GetByRole(AriaRole.Textbox, new() { Name = "Notes" }).FillAsync("One inference rack for Ashburn; installation wanted.");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();
        await Assertions.Expect(customer.GetByText("submitted. Our sales team aims to answer")).ToBeVisibleAsync();
        var number = (await customer.Locator("h1").InnerTextAsync()).Split(' ')[0];
        await Screenshots.TakeAsync(customer, "journey-1-customer-submitted");

        var sales = await portal.NewPageAsync();
        await sales.SignInAsync("sales@northwind.example");
        await sales.GotoAsync($"/Staff/Quotes?q={number}");
        await sales.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await sales.GetByRole(AriaRole.Button, new() { Name = "Claim this request" }).ClickAsync();
        await Assertions.Expect(sales.GetByText("You are working on this request.")).ToBeVisibleAsync();
        await sales.GetByLabel("Quote discount %").FillAsync("5");
        await sales.GetByLabel("Valid for (days)").FillAsync("20");
        await sales.GetByLabel("Add a product or service").SelectOptionAsync("SVC-INSTALL-RACK");
        await sales.GetByLabel("Quantity", new() { Exact = true }).FillAsync("1");
        await sales.GetByRole(AriaRole.Button, new() { Name = "Save pricing" }).ClickAsync();
        await Assertions.Expect(sales.GetByText("Pricing saved.")).ToBeVisibleAsync();
        await Assertions.Expect(sales.Locator("#totals-heading + table")).ToContainTextAsync("Sales discount");
        await ExpectAccessibleAsync(sales);
        await Screenshots.TakeAsync(sales, "journey-2-staff-priced");
        await sales.GetByRole(AriaRole.Button, new() { Name = "Approve and issue" }).ClickAsync();
        await Assertions.Expect(sales.GetByText("Approved and issued")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(sales, "journey-3-staff-issued");

        await customer.ReloadAsync();
        await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Your quote is ready" })).ToBeVisibleAsync();
        var download = await customer.RunAndWaitForDownloadAsync(() => customer.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        var path = Path.Combine(TestEnvironment.Artifacts, "pdf", "journey-issued.pdf");
        await download.SaveAsAsync(path);
        using (var pdf = PdfArtifacts.Check(await File.ReadAllBytesAsync(path), "journey-issued"))
        {
            var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.DoesNotContain("DRAFT", text);
            Assert.Contains("SVC-INSTALL-RACK", text);
            Assert.Contains("Sales discount (in the lines above)", text);
        }
        await customer.GetByLabel("Your job title").FillAsync("Head of infrastructure");
        await customer.GetByLabel("Purchase order number (optional)").FillAsync("PO-4711");
        await customer.GetByLabel("I accept this quote and its terms and conditions on behalf of my organization").CheckAsync();
        await Screenshots.TakeAsync(customer, "journey-4-customer-accepting");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Accept quote" }).ClickAsync();

        await Assertions.Expect(customer.GetByText("Quote accepted.")).ToBeVisibleAsync();
        await Assertions.Expect(customer.Locator(".alert-success").Filter(new() { HasText = "Accepted by" })).ToContainTextAsync("Accepted by Harper Quinn, Head of infrastructure, purchase order PO-4711");
        await Screenshots.TakeAsync(customer, "journey-5-customer-accepted");
    }

    [SkippableFact]
    public async Task AnAdminSeesTheDemosQuoteWaitingForApprovalAndTheCustomerComparesTwoRevisions()
    {
        var admin = await portal.NewPageAsync();
        await admin.SignInAsync("admin@northwind.example");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Approvals" }).ClickAsync();
        await Assertions.Expect(admin.Locator("tbody")).ToContainTextAsync("14 %");
        await ExpectAccessibleAsync(admin);
        await Screenshots.TakeAsync(admin, "approvals-queue");
        await admin.Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Approve the discount and issue" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(admin, "approvals-quote");

        var customer = await portal.NewPageAsync();
        await customer.SignInAsync("buyer@helios.example");
        await customer.GotoAsync("/Customer/Quotes?status=Issued");
        await customer.Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(customer.Locator("#revisions-heading + div")).ToContainTextAsync("2 (current)");
        await Screenshots.TakeAsync(customer, "revisions-list");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "What changed from revision 1 to revision 2" })).ToBeVisibleAsync();
        await Assertions.Expect(customer.Locator("#lines-heading + div")).ToContainTextAsync("SVC-SUPPORT-ENT");
        await ExpectAccessibleAsync(customer);
        await Screenshots.TakeAsync(customer, "revisions-compared");
    }
}
