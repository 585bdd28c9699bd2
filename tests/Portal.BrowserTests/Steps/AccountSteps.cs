using Microsoft.Playwright;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>A company as its first person registers it on the public form, with its billing address and tax id.</summary>
public sealed record NewCompany(string Name, string Country, string Person, string Email, string Password, NewBillingAddress Billing);

/// <summary>Where a new company is billed, and its tax id in its country's format.</summary>
public sealed record NewBillingAddress(string Street, string PostalCode, string City, string TaxId);

/// <summary>A data-center site as a buyer adds it; liquid-cooled.</summary>
public sealed record NewSite(string Name, string City, string Country, int PowerKw);

/// <summary>The steps of a new customer's account: registering, confirming the email, an admin's approval, the first site.</summary>
public static class AccountSteps
{
    /// <summary>Opens the registration form from the page's "Register your company" link and fills it in.</summary>
    public static async Task FillRegistrationAsync(this IPage visitor, NewCompany company)
    {
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Register your company" }).First.ClickAsync();
        await visitor.GetByLabel("Company name").FillAsync(company.Name);
        await visitor.GetByLabel("Country").SelectOptionAsync(company.Country);
        await visitor.GetByLabel("Street and number").FillAsync(company.Billing.Street);
        await visitor.GetByLabel("Postal code").FillAsync(company.Billing.PostalCode);
        await visitor.GetByLabel("City", new() { Exact = true }).FillAsync(company.Billing.City);
        await visitor.GetByLabel("Tax id").FillAsync(company.Billing.TaxId);
        await visitor.GetByLabel("Your name").FillAsync(company.Person);
        await visitor.GetByLabel("Work email").FillAsync(company.Email);
        await visitor.GetByLabel("Password").FillAsync(company.Password);
    }

    /// <summary>After registering: follows the link in the confirmation mail the portal wrote to its outbox.</summary>
    public static async Task ConfirmEmailAsync(this IPage visitor, PortalFactory factory, string email)
    {
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await visitor.GotoAsync(Outbox.LinkIn(Outbox.LatestTo(factory, email)));
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Email confirmed" })).ToBeVisibleAsync();
    }

    /// <summary>An admin on the dashboard opens the company waiting for approval and approves it.</summary>
    public static async Task ApproveOrganizationAsync(this IPage admin, string company)
    {
        await admin.GetByRole(AriaRole.Link, new() { Name = company }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("The organization was approved.")).ToBeVisibleAsync();
    }

    /// <summary>From the customer's sites page, opens the form for a new site and fills it in.</summary>
    /// <summary>Adds a liquid-cooled site from the Sites page, as a customer does before sending racks there.</summary>
    public static async Task AddSiteAsync(this IPage customer, NewSite site)
    {
        await customer.GotoAsync("/Customer/Sites");
        await customer.FillNewSiteAsync(site);
        await customer.GetByRole(AriaRole.Button, new() { Name = "Save site" }).ClickAsync();
        await Assertions.Expect(customer.GetByText($"Site {site.Name} saved.")).ToBeVisibleAsync();
    }

    public static async Task FillNewSiteAsync(this IPage customer, NewSite site)
    {
        await customer.GetByRole(AriaRole.Link, new() { Name = "Add a site" }).ClickAsync();
        await customer.GetByLabel("Site name").FillAsync(site.Name);
        await customer.GetByLabel("City").FillAsync(site.City);
        await customer.GetByLabel("Country").SelectOptionAsync(site.Country);
        await customer.GetByLabel("Power available (kW)").FillAsync(site.PowerKw.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await customer.GetByLabel("Liquid").CheckAsync();
    }
}
