using Microsoft.Playwright;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>A company registers, an admin approves it, and its buyer signs in and adds a data-center site.</summary>
public sealed class NewCustomerJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [SkippableFact]
    public async Task ACompanyRegistersIsApprovedAndAddsASite()
    {
        const string company = "Aurora Compute Oy";
        const string email = "sanna@aurora.example";
        const string password = "Northern-lights-7";

        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync("/");
        await Screenshots.TakeAsync(visitor, "01-landing");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Register your company" }).First.ClickAsync();
        await visitor.GetByLabel("Company name").FillAsync(company);
        await visitor.GetByLabel("Country").SelectOptionAsync("FI");
        await visitor.GetByLabel("Your name").FillAsync("Sanna Virtanen");
        await visitor.GetByLabel("Work email").FillAsync(email);
        await visitor.GetByLabel("Password").FillAsync("short");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(visitor.GetByText("Use at least 12 characters")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(visitor, "02-register-field-message");
        await visitor.GetByLabel("Password").FillAsync(password);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();

        await visitor.GotoAsync(Outbox.LinkIn(Outbox.LatestTo(portal.Factory, email)));
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Email confirmed" })).ToBeVisibleAsync();

        var admin = await portal.NewPageAsync();
        await admin.SignInAsync("admin@northwind.example");
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = company })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(admin, "03-admin-dashboard");
        await admin.GetByRole(AriaRole.Link, new() { Name = company }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("The organization was approved.")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(admin, "04-admin-approved");

        await visitor.SignInAsync(email, password);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = company })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("awaiting approval")).ToHaveCountAsync(0);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Manage sites" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Add a site" }).ClickAsync();
        await visitor.GetByLabel("Site name").FillAsync("Kajaani Hall 2");
        await visitor.GetByLabel("City").FillAsync("Kajaani");
        await visitor.GetByLabel("Country").SelectOptionAsync("FI");
        await visitor.GetByLabel("Power available (kW)").FillAsync("0");
        await visitor.GetByLabel("Liquid").CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Save site" }).ClickAsync();
        await Assertions.Expect(visitor.GetByText("Power available must be between 1 and")).ToBeVisibleAsync();
        await visitor.GetByLabel("Power available (kW)").FillAsync("8000");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Save site" }).ClickAsync();

        await Assertions.Expect(visitor.GetByText("Site Kajaani Hall 2 saved.")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Cell, new() { Name = "8,000 kW" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(visitor, "05-customer-sites");
    }
}
