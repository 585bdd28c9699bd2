using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Payments;
using Portal.Application.Payments.ReceiveWebhook;
using Portal.Web.Common;

namespace Portal.Web.Payments;

/// <summary>
/// The one endpoint the payment provider posts its events to. It reads the raw body (the signature covers it byte for
/// byte): a bad signature or a stale timestamp is a 400 and changes nothing; an event that could not be handled now
/// (the provider unreachable, a concurrent change) is a 503, so that the provider delivers it again.
/// </summary>
public static class PaymentWebhookEndpoint
{
    public const string Path = "/payments/webhook";
    public const string SignatureHeader = "Stripe-Signature";
    private const int MaxBodyBytes = 512 * 1024;

    private static IResult Later => Results.Text("Not handled now; deliver it again later.", statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>Stripe's events are a few kilobytes; a larger body is refused by <see cref="RequestBodyLimits"/>.</summary>
    public static void Map(WebApplication app) =>
        app.MapPost(Path, HandleAsync).AllowAnonymous().DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));

    private static async Task<IResult> HandleAsync(HttpRequest request, ReceiveWebhookHandler webhooks, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            var outcome = await webhooks.HandleAsync(new ReceiveWebhookCommand(body, request.Headers[SignatureHeader].ToString()), cancellationToken);
            return outcome switch
            {
                WebhookOutcome.Rejected => Results.Text("The signature does not verify, or the event is too old.", statusCode: StatusCodes.Status400BadRequest),
                WebhookOutcome.Later => Later,
                _ => Results.Text(outcome.ToString()),
            };
        }
        catch (Exception retry) when (retry is PaymentProviderException or DbUpdateException)
        {
            return Later;
        }
    }
}
