using System.Globalization;
using Portal.Application.Common;
using Portal.Domain.Auditing;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks;

/// <summary>
/// A company's webhook steps go to the audit log under the endpoint's (or the replayed delivery's) id. They are read by
/// the vendor's admins only: no customer timeline shows them.
/// </summary>
public static class WebhookAudit
{
    public const string EndpointType = "WebhookEndpoint";
    public const string DeliveryType = "WebhookDelivery";

    public static readonly AuditAction EndpointAdded = AuditAction.StaffOnly("WebhookEndpointAdded", "Webhook endpoint added");
    public static readonly AuditAction EndpointDisabled = AuditAction.StaffOnly("WebhookEndpointDisabled", "Webhook endpoint disabled");
    public static readonly AuditAction EndpointEnabled = AuditAction.StaffOnly("WebhookEndpointEnabled", "Webhook endpoint enabled");
    public static readonly AuditAction SecretRotated = AuditAction.StaffOnly("WebhookSecretRotated", "Webhook secret rotated");
    public static readonly AuditAction EndpointDeleted = AuditAction.StaffOnly("WebhookEndpointDeleted", "Webhook endpoint deleted");
    public static readonly AuditAction Replayed = AuditAction.StaffOnly("WebhookReplayed", "Webhook delivery replayed");

    public static void Record(this IPortalDb db, DateTime now, Actor actor, WebhookEndpoint endpoint, AuditAction action, string reason) =>
        db.AuditEvents.Add(new AuditEvent(now, actor.Name, EndpointType, endpoint.Id.ToString(CultureInfo.InvariantCulture), action, reason: reason));

    public static void Record(this IPortalDb db, DateTime now, Actor actor, WebhookDelivery delivery, AuditAction action, string fromState) =>
        db.AuditEvents.Add(new AuditEvent(now, actor.Name, DeliveryType, delivery.Id.ToString(CultureInfo.InvariantCulture), action,
            fromState, delivery.State.ToString(), $"{delivery.EventType} {delivery.EventId}"));
}
