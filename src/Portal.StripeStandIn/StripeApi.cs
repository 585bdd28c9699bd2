using System.Globalization;
using Microsoft.Extensions.Options;

namespace Portal.StripeStandIn;

/// <summary>
/// The part of Stripe's API the portal uses, under /v1 with a test secret key: checkout sessions (create, retrieve,
/// expire), payment intents (retrieve), refunds (create) and events (retrieve, list; the list takes a larger limit than
/// Stripe's 100, for the benchmarks). Form-encoded requests, Stripe's JSON
/// and error shapes; a POST repeated with the same Idempotency-Key answers what the first one did.
/// </summary>
public static class StripeApi
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/v1").AddEndpointFilter(RequireTestKey);
        api.MapPost("/checkout/sessions", (HttpRequest request, IdempotentReplies replies, StandInLedger ledger, IOptions<StandInOptions> options) =>
            replies.OnceAsync(request, async () => CreateSession(await request.ReadFormAsync(), ledger, options.Value.PublicUrl ?? BaseUrl(request))));
        api.MapGet("/checkout/sessions/{id}", (string id, StandInLedger ledger) => Found(ledger.Session(id), "checkout.session", id));
        api.MapPost("/checkout/sessions/{id}/expire", (HttpRequest request, string id, IdempotentReplies replies, StandInLedger ledger) =>
            replies.OnceAsync(request, () => Task.FromResult(Reply(() => ledger.Expire(id)))));
        api.MapGet("/payment_intents/{id}", (string id, StandInLedger ledger) => Found(ledger.Intent(id), "payment_intent", id));
        api.MapPost("/refunds", (HttpRequest request, IdempotentReplies replies, StandInLedger ledger) => replies.OnceAsync(request, async () =>
        {
            var form = await request.ReadFormAsync();
            long? amount = long.TryParse(form["amount"], NumberStyles.None, CultureInfo.InvariantCulture, out var minor) ? minor : null;
            return ledger.RefundPayment(form["payment_intent"].ToString(), amount) is { } refund
                ? Json(refund)
                : Error(400, "invalid_request_error", "Only a succeeded payment can be refunded, by at most what it paid.", "payment_intent");
        }));
        api.MapGet("/events/{id}", (string id, StandInLedger ledger) => Found(ledger.Event(id), "event", id));
        api.MapGet("/events", (string? type, int? limit, StandInLedger ledger) =>
        {
            var events = ledger.Events(type, Math.Clamp(limit ?? 10, 1, 10_000));
            return Json(new EventList(events, "/v1/events"));
        });
    }

    /// <summary>One line item or more, each with a currency, an amount in minor units and a quantity: the session charges their sum.</summary>
    private static IResult CreateSession(IFormCollection form, StandInLedger ledger, string publicUrl)
    {
        var items = Enumerable.Range(0, 100).TakeWhile(i => form.ContainsKey($"line_items[{i}][price_data][unit_amount]"))
            .Select(i => (
                Currency: form[$"line_items[{i}][price_data][currency]"].ToString(),
                Amount: long.TryParse(form[$"line_items[{i}][price_data][unit_amount]"], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) ? amount : -1,
                Quantity: long.TryParse(form[$"line_items[{i}][quantity]"], NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) ? quantity : 1))
            .ToList();
        if (form["mode"] != "payment" || items.Count == 0 || items.Any(i => i.Amount < 0) || items.Select(i => i.Currency).Distinct().Count() != 1)
        {
            return Error(400, "invalid_request_error", "A payment-mode session needs line items with price_data in one currency.", "line_items");
        }
        var total = items.Sum(i => i.Amount * i.Quantity);
        if (total > 99_999_999)
        {
            return Error(400, "invalid_request_error", "Amount must be no more than 99999999 in the currency's smallest unit (8 digits).", "line_items");
        }
        if (string.IsNullOrEmpty(form["success_url"]))
        {
            return Error(400, "invalid_request_error", "Missing required param: success_url.", "success_url");
        }
        var metadata = form.Keys.Where(k => k.StartsWith("metadata[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k["metadata[".Length..^1], k => form[k].ToString());
        return Json(ledger.CreateSession(total, items[0].Currency.ToLowerInvariant(), form["success_url"].ToString(), Optional(form, "cancel_url"),
            Optional(form, "client_reference_id"), metadata, publicUrl));
    }

    private static ValueTask<object?> RequireTestKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var authorization = context.HttpContext.Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer sk_test_", StringComparison.Ordinal)
            ? next(context)
            : ValueTask.FromResult<object?>(Error(401, "invalid_request_error", "Invalid API Key provided: the stand-in takes test secret keys (sk_test_...)."));
    }

    private static IResult Reply(Func<object> change)
    {
        try
        {
            return Json(change());
        }
        catch (StandInException refusal)
        {
            return Error(refusal.Status, refusal.Type, refusal.Message);
        }
    }

    private static IResult Found(object? found, string kind, string id) =>
        found is null ? Error(404, "invalid_request_error", $"No such {kind}: '{id}'", "id") : Json(found);

    public static IResult Json(object value) => Results.Content(StripeJson.Serialize(value), "application/json");

    public static IResult Error(int status, string type, string message, string? param = null) =>
        Results.Content(StripeJson.Serialize(new StripeError(new ErrorBody(type, message, param))), "application/json", statusCode: status);

    private static string? Optional(IFormCollection form, string key) => string.IsNullOrEmpty(form[key]) ? null : form[key].ToString();

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
