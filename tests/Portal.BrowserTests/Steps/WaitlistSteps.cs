using Microsoft.Playwright;
using Portal.Domain.Common;

namespace Portal.BrowserTests;

/// <summary>A customer's steps on the waitlist of the Trainium3 UltraServer rack, the demo's allocation-limited rack.</summary>
public static class WaitlistSteps
{
    /// <summary>From the rack's product page, joins its waitlist for that many units of the quarter.</summary>
    public static async Task JoinWaitlistAsync(this IPage customer, Quarter quarter, int units = 2)
    {
        await customer.GotoAsync("/catalog/trn3-rack-48u");
        await customer.GetByRole(AriaRole.Link, new() { Name = "Join the waitlist" }).ClickAsync();
        await customer.GetByLabel("Units").FillAsync(units.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await customer.GetByLabel("Quarter").SelectOptionAsync(quarter.ToString());
        await customer.GetByRole(AriaRole.Button, new() { Name = "Join the waitlist" }).ClickAsync();
        await Assertions.Expect(customer.GetByText("You are on the waitlist.")).ToBeVisibleAsync();
    }

    /// <summary>On the customer's waitlist page, the entry that holds an offer of that many racks in the quarter.</summary>
    public static ILocator Offer(this IPage customer, Quarter quarter, int units = 2) =>
        customer.Locator("section").Filter(new() { HasText = $"Offer: {units} × Trainium3 UltraServer rack, 48U in {quarter}" });

    /// <summary>Accepts the offer: it becomes a quote request, submitted, whose page the customer lands on.</summary>
    public static async Task AcceptOfferAsync(this ILocator offer, NewSite? deliverTo = null)
    {
        if (deliverTo is not null)
        {
            await offer.GetByLabel("Deliver to").SelectOptionAsync(new SelectOptionValue { Label = $"{deliverTo.Name}, {deliverTo.City}" });
        }
        await offer.GetByRole(AriaRole.Button, new() { Name = "Accept the offer" }).ClickAsync();
        await Assertions.Expect(offer.Page.GetByText("Offer accepted: it is now a quote request")).ToBeVisibleAsync();
        await Assertions.Expect(offer.Page.Locator("h1")).ToContainTextAsync("Submitted");
    }
}
