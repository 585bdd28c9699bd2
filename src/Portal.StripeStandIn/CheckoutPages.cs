using System.Globalization;
using System.Net;

namespace Portal.StripeStandIn;

/// <summary>
/// The hosted checkout page a payer is sent to: it shows what is due, clearly in test mode, and lets a person pay or
/// have the card declined. Paying completes the session and returns the payer to the merchant's success URL.
/// </summary>
public static class CheckoutPages
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/checkout/{id}", (string id, StandInLedger ledger) =>
            ledger.Session(id) is { } session ? Page(session, null) : Results.NotFound());
        app.MapPost("/checkout/{id}/pay", (string id, StandInLedger ledger) => Act(() =>
        {
            var paid = ledger.Pay(id);
            return Results.Redirect(SuccessUrl(paid));
        }));
        app.MapPost("/checkout/{id}/fail", (string id, StandInLedger ledger) => Act(() =>
            Page(ledger.Fail(id), "Your card was declined (test mode). Try again, or go back to the merchant.")));
    }

    private static IResult Act(Func<IResult> act)
    {
        try
        {
            return act();
        }
        catch (StandInException refusal)
        {
            return Results.Content($"<!DOCTYPE html><html lang=\"en\"><head><title>Checkout</title></head><body><p>{WebUtility.HtmlEncode(refusal.Message)}</p></body></html>",
                "text/html", statusCode: refusal.Status);
        }
    }

    /// <summary>
    /// The way back to the merchant: without paying (its cancel URL) while the checkout is open, to its success URL once
    /// paid; nothing if the merchant gave no web address.
    /// </summary>
    private static string BackLink(CheckoutSession session)
    {
        var (address, text) = session.Status == "complete"
            ? (SuccessUrl(session), "Back to the portal")
            : (session.CancelUrl, "Back to the portal without paying");
        return Uri.TryCreate(address, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? $"<p style=\"margin-top: 2rem\"><a href=\"{WebUtility.HtmlEncode(url.AbsoluteUri)}\">{text}</a></p>"
            : "";
    }

    private static string SuccessUrl(CheckoutSession session) => session.SuccessUrl.Replace("{CHECKOUT_SESSION_ID}", session.Id, StringComparison.Ordinal);

    private static IResult Page(CheckoutSession session, string? problem)
    {
        var amount = string.Create(CultureInfo.InvariantCulture, $"{session.Currency.ToUpperInvariant()} {session.AmountTotal / 100m:N2}");
        var what = WebUtility.HtmlEncode(session.Metadata.GetValueOrDefault("description") ?? session.ClientReferenceId ?? session.Id);
        var alert = problem is null ? "" : $"<p role=\"alert\" style=\"color: #842029\">{WebUtility.HtmlEncode(problem)}</p>";
        var actions = session.Status == "open"
            ? $"<form method=\"post\" action=\"/checkout/{session.Id}/pay\"><button type=\"submit\">Pay {amount}</button></form>"
              + $"<form method=\"post\" action=\"/checkout/{session.Id}/fail\" style=\"margin-top: 1rem\"><button type=\"submit\">Decline the card</button></form>"
            : $"<p>This checkout is {session.Status}.</p>";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pay {amount} (test mode)</title></head>
            <body style="font-family: sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem">
              <p style="background: #fff3cd; color: #664d03; padding: .5rem 1rem; border-radius: .25rem"><strong>Test mode</strong>: the portal's Stripe stand-in. No money moves.</p>
              <h1>Pay {amount}</h1>
              <p>{what}</p>
              {alert}
              {actions}
              {BackLink(session)}
            </body>
            </html>
            """;
        return Results.Content(html, "text/html");
    }
}
