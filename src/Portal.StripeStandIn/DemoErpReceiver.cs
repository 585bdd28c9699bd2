using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Portal.StripeStandIn;

/// <summary>The signing secrets of the portal's endpoints registered for the demo ERP's receiver (the portal's run supplies them).</summary>
public delegate Task<IReadOnlyList<string>> DemoErpSecrets(CancellationToken cancellationToken);

/// <summary>
/// The demo company's ERP, as far as the portal's webhooks go: a receiver on this machine that checks each post's
/// <c>Portal-Signature</c> against its endpoint's secret (a post that does not verify is answered 400) and a page that
/// lists what arrived, newest first. It lets the development run deliver its webhooks for real without leaving the machine.
/// </summary>
public static class DemoErpReceiver
{
    public const string Path = "/demo-erp/webhooks";
    public const string PagePath = "/demo-erp";

    /// <summary>How far a signature's time may be from the receiver's clock, as the portal's guide advises.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>The receiver's address on a stand-in that listens at the base address.</summary>
    public static string UrlAt(string standInUrl) => standInUrl.TrimEnd('/') + Path;

    public static void Map(WebApplication app)
    {
        app.MapPost(Path, ReceiveAsync);
        app.MapGet(PagePath, (DemoErpInbox inbox) => Results.Content(Page(inbox.Newest()), "text/html"));
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, DemoErpInbox inbox, DemoErpSecrets secrets, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var signature = request.Headers["Portal-Signature"].ToString();
        var verified = (await secrets(cancellationToken)).Any(secret => WebhookSigner.Verify(body, signature, secret, now, Tolerance));
        inbox.Add(new DemoErpEvent(now, request.Headers["Portal-Event"].ToString(), request.Headers["Portal-Delivery"].ToString(),
            verified ? EventId(body) : null, verified));
        return verified ? Results.Ok() : Results.BadRequest("The Portal-Signature does not verify with the endpoint's secret.");
    }

    private static string? EventId(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Page(IReadOnlyList<DemoErpEvent> events)
    {
        var rows = string.Concat(events.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"<tr><td>{e.ReceivedAt:yyyy-MM-dd HH:mm:ss} UTC</td><td>{Html(e.Type)}</td><td>{Html(e.EventId ?? "")}</td><td>{Html(e.Delivery)}</td>"
            + $"<td>{(e.Verified ? "signature verified" : "refused: signature does not verify")}</td></tr>")));
        var table = events.Count == 0
            ? "<p>Nothing received yet.</p>"
            : $"<table><thead><tr><th>Received</th><th>Event</th><th>Id</th><th>Delivery</th><th>Signature</th></tr></thead><tbody>{rows}</tbody></table>";
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Demo ERP: webhooks received</title></head>
            <body style="font-family: sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem">
              <p style="background: #fff3cd; color: #664d03; padding: .5rem 1rem; border-radius: .25rem"><strong>Demo</strong>: the demo company's ERP, run by the portal's stand-in on this machine.</p>
              <h1>Webhooks received from the portal</h1>
              {table}
            </body>
            </html>
            """;
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}

/// <param name="EventId">The event's id, read from a body whose signature verified.</param>
public sealed record DemoErpEvent(DateTimeOffset ReceivedAt, string Type, string Delivery, string? EventId, bool Verified);

/// <summary>The last events the demo ERP received, in memory.</summary>
public sealed class DemoErpInbox
{
    private const int Kept = 100;
    private readonly Lock _lock = new();
    private readonly LinkedList<DemoErpEvent> _events = new();

    public void Add(DemoErpEvent received)
    {
        lock (_lock)
        {
            _events.AddFirst(received);
            if (_events.Count > Kept)
            {
                _events.RemoveLast();
            }
        }
    }

    public IReadOnlyList<DemoErpEvent> Newest()
    {
        lock (_lock)
        {
            return [.. _events];
        }
    }
}
