using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>Paying a deposit by card: from the portal's deposit page to the Stripe stand-in's checkout page and back.</summary>
public static class CheckoutSteps
{
    /// <summary>On the deposit's page, presses "Pay {amount} by card": the browser is on the stand-in's checkout page, in test mode.</summary>
    public static async Task GoToCheckoutAsync(this IPage customer, PaymentsBrowserPortal portal, string amount)
    {
        await customer.GetByRole(AriaRole.Button, new() { Name = $"Pay {amount} by card" }).ClickAsync();
        // The portal's deposit page says "Test mode" too: wait for what only the checkout page has.
        await Assertions.Expect(customer.GetByRole(AriaRole.Button, new() { Name = "Decline the card" })).ToBeVisibleAsync();
        await Assertions.Expect(customer.GetByText("Test mode: the portal's Stripe stand-in")).ToBeVisibleAsync();
        Assert.StartsWith(portal.StandIn.ClientOptions.BaseAddress.ToString(), customer.Url);
    }

    /// <summary>
    /// Pays on the checkout page and waits until the portal's deposit page, where the stand-in sends the payer back, shows
    /// the deposit paid: it says "processing" and reloads itself until the stand-in's webhook has confirmed the payment.
    /// A webhook the portal refused is sent again after 1, 4 and 16 seconds: the wait covers three tries.
    /// </summary>
    public static async Task PayOnCheckoutAsync(this IPage customer)
    {
        await customer.GetByRole(AriaRole.Button, new() { Name = "Pay", Exact = false }).First.ClickAsync();
        await Assertions.Expect(customer.Locator("h1")).ToContainTextAsync("Paid", new() { Timeout = 30_000 });
        await Assertions.Expect(customer.GetByText("the supply on your quote is committed")).ToBeVisibleAsync();
    }
}
