using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>A company registers, an admin approves it, and its buyer signs in and adds a data-center site.</summary>
public sealed class NewCustomerJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [SkippableFact]
    public async Task ACompanyRegistersIsApprovedAndAddsASite()
    {
        var company = new NewCompany("Aurora Compute Oy", "FI", "Sanna Virtanen", "sanna@aurora.example", "Northern-lights-7",
            new NewBillingAddress("Keilaranta 1", "02150", "Espoo", "FI12345678"));

        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync("/");
        await Screenshots.TakeAsync(visitor, "01-landing");
        await visitor.FillRegistrationAsync(company with { Password = "short" });
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(visitor.GetByText("Use at least 12 characters")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(visitor, "02-register-field-message");
        await visitor.GetByLabel("Password").FillAsync(company.Password);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await visitor.ConfirmEmailAsync(portal.Factory, company.Email);

        var admin = await portal.NewPageAsync();
        await admin.SignInAsync("admin@northwind.example");
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = company.Name })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(admin, "03-admin-dashboard");
        await admin.ApproveOrganizationAsync(company.Name);
        await Screenshots.TakeAsync(admin, "04-admin-approved");

        await visitor.SignInAsync(company.Email, company.Password);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = company.Name })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("awaiting approval")).ToHaveCountAsync(0);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Manage sites" }).ClickAsync();
        await visitor.FillNewSiteAsync(new NewSite("Kajaani Hall 2", "Kajaani", "FI", 0));
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Save site" }).ClickAsync();
        await Assertions.Expect(visitor.GetByText("Power available must be between 1 and")).ToBeVisibleAsync();
        await visitor.GetByLabel("Power available (kW)").FillAsync("8000");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Save site" }).ClickAsync();

        await Assertions.Expect(visitor.GetByText("Site Kajaani Hall 2 saved.")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Cell, new() { Name = "8,000 kW" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(visitor, "05-customer-sites");
    }
}
