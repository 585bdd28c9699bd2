using Microsoft.Playwright;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>Sales claims a submitted request and issues it; the customer downloads the issued PDF and accepts it.</summary>
public sealed class QuoteIssueJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [SkippableFact]
    public async Task SalesIssuesTheQuoteAndTheCustomerDownloadsAndAcceptsIt()
    {
        var sales = await portal.NewPageAsync();
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(2).WithProduct("SVC-INSTALL-RACK", 2).SubmitAsync();
        await sales.SignInAsync("sales@northwind.example");
        await sales.GotoAsync($"/Staff/Quotes/Details/{id}");
        await sales.GetByRole(AriaRole.Button, new() { Name = "Claim this request" }).ClickAsync();
        await Assertions.Expect(sales.GetByText("You are working on this request.")).ToBeVisibleAsync();
        await sales.GetByRole(AriaRole.Button, new() { Name = "Approve and issue" }).ClickAsync();
        await Assertions.Expect(sales.GetByText("Approved and issued")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(sales, "journey-staff-issued");

        var customer = await portal.NewPageAsync();
        await customer.SignInAsync("buyer@helios.example");
        await customer.GotoAsync($"/Customer/Quotes/Details/{id}");
        await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Your quote is ready" })).ToBeVisibleAsync();
        var download = await customer.RunAndWaitForDownloadAsync(() => customer.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        var path = Path.Combine(TestEnvironment.Artifacts, "pdf", "journey-issued.pdf");
        await download.SaveAsAsync(path);
        using (var pdf = PdfArtifacts.Check(await File.ReadAllBytesAsync(path), "journey-issued"))
        {
            Assert.DoesNotContain("DRAFT", string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)));
        }
        await customer.GetByLabel("Your job title").FillAsync("Head of infrastructure");
        await customer.GetByLabel("Purchase order number (optional)").FillAsync("PO-4711");
        await customer.GetByLabel("I accept this quote and its terms and conditions on behalf of my organization").CheckAsync();
        await Screenshots.TakeAsync(customer, "journey-customer-accepting");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Accept quote" }).ClickAsync();

        await Assertions.Expect(customer.GetByText("Quote accepted.")).ToBeVisibleAsync();
        await Assertions.Expect(customer.Locator(".alert-success").Filter(new() { HasText = "Accepted by" })).ToContainTextAsync("Accepted by Harper Quinn, Head of infrastructure, purchase order PO-4711");
        await Screenshots.TakeAsync(customer, "journey-customer-accepted");
    }
}
