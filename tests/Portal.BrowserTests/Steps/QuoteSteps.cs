using System.Globalization;
using Microsoft.Playwright;
using Portal.Domain.Common;

namespace Portal.BrowserTests;

/// <summary>The steps of a quote request in the browser: configuring racks, the draft, submitting, sales' claim and pricing, the customer's acceptance.</summary>
public static class QuoteSteps
{
    /// <summary>In the configurator: the base rack, the number of racks, the components of each rack (one row each) and, if named, the site; waits until every rule is kept.</summary>
    public static async Task ConfigureAsync(this IPage customer, string rackSku, int racks, string? site, params (string Sku, int Quantity)[] components)
    {
        await customer.GotoAsync("/Customer/Configurator");
        await customer.Locator("select[name=RackSku]").SelectOptionAsync(rackSku);
        await customer.GetByLabel("Number of racks").FillAsync(racks.ToString(CultureInfo.InvariantCulture));
        for (var row = 0; row < components.Length; row++)
        {
            await customer.ChooseComponentAsync(row, components[row].Sku, components[row].Quantity.ToString(CultureInfo.InvariantCulture));
        }
        if (site is not null)
        {
            var option = customer.Locator("select[name=SiteId] option").Filter(new() { HasText = site });
            await customer.Locator("select[name=SiteId]").SelectOptionAsync(await option.GetAttributeAsync("value") ?? "");
        }
        await Assertions.Expect(customer.GetByText("This configuration keeps every rule.")).ToBeVisibleAsync();
    }

    /// <summary>Puts a component and its quantity per rack on a row of the configurator.</summary>
    public static async Task ChooseComponentAsync(this IPage customer, int row, string sku, string quantity)
    {
        await customer.Locator($"#Components_{row}__Sku").SelectOptionAsync(sku);
        await customer.Locator($"#Components_{row}__Quantity").FillAsync(quantity);
    }

    /// <summary>On the draft's page: the delivery quarter and the notes, saved.</summary>
    public static async Task DescribeDraftAsync(this IPage customer, Quarter quarter, string notes)
    {
        await customer.GetByLabel("Delivery quarter").SelectOptionAsync(quarter.ToString());
        await customer.GetByRole(AriaRole.Textbox, new() { Name = "Notes" }).FillAsync(notes);
        await customer.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(customer.GetByText("Draft saved.")).ToBeVisibleAsync();
    }

    /// <summary>Submits the draft on its page; answers the quote's number.</summary>
    public static async Task<string> SubmitRequestAsync(this IPage customer)
    {
        await customer.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();
        await Assertions.Expect(customer.GetByText("submitted. Our sales team aims to answer")).ToBeVisibleAsync();
        return (await customer.Locator("h1").InnerTextAsync()).Split(' ')[0];
    }

    /// <summary>Sales finds the request by its number in the review queue, opens it and claims it.</summary>
    public static async Task ClaimAsync(this IPage sales, string number)
    {
        await sales.GotoAsync($"/Staff/Quotes?q={number}");
        await sales.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await sales.GetByRole(AriaRole.Button, new() { Name = "Claim this request" }).ClickAsync();
        await Assertions.Expect(sales.GetByText("You are working on this request.")).ToBeVisibleAsync();
    }

    /// <summary>Sales prices the claimed request: the quote's discount, and optionally its validity and a product or service added.</summary>
    public static async Task PriceAsync(this IPage sales, decimal discountPercent, int? validityDays = null, (string Sku, int Quantity)? add = null)
    {
        await sales.GetByLabel("Quote discount %").FillAsync(discountPercent.ToString(CultureInfo.InvariantCulture));
        if (validityDays is { } days)
        {
            await sales.GetByLabel("Valid for (days)").FillAsync(days.ToString(CultureInfo.InvariantCulture));
        }
        if (add is { } line)
        {
            await sales.GetByLabel("Add a product or service").SelectOptionAsync(line.Sku);
            await sales.GetByLabel("Quantity", new() { Exact = true }).FillAsync(line.Quantity.ToString(CultureInfo.InvariantCulture));
        }
        await sales.GetByRole(AriaRole.Button, new() { Name = "Save pricing" }).ClickAsync();
        await Assertions.Expect(sales.GetByText("Pricing saved.")).ToBeVisibleAsync();
    }

    /// <summary>
    /// On an issued quote's page: the acceptance form filled in (the name is the signed-in person's), terms ticked, not yet
    /// sent; the purchase order only when given (an approval that leaves another to give is asked for none).
    /// </summary>
    public static async Task FillAcceptanceAsync(this IPage customer, string title, string? purchaseOrder)
    {
        await customer.GetByLabel("Your job title").FillAsync(title);
        if (purchaseOrder is not null)
        {
            await customer.GetByLabel("Purchase order number (optional)").FillAsync(purchaseOrder);
        }
        await customer.GetByLabel("I accept this quote and its terms and conditions on behalf of my organization").CheckAsync();
    }

    /// <summary>Sends the filled acceptance form: the quote is accepted.</summary>
    public static async Task AcceptQuoteAsync(this IPage customer)
    {
        await customer.GetByRole(AriaRole.Button, new() { Name = "Accept quote" }).ClickAsync();
        await Assertions.Expect(customer.GetByText("Quote accepted.")).ToBeVisibleAsync();
    }
}
