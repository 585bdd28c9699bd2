using System.Globalization;
using Portal.Application.Common;
using Portal.Domain.Api;
using Portal.Domain.Auditing;

namespace Portal.Application.Api;

/// <summary>API keys made and revoked go to the audit log under the key's id, for the vendor's admins to read.</summary>
public static class ApiKeyAudit
{
    public const string EntityType = "ApiKey";

    public static readonly AuditAction Created = AuditAction.StaffOnly("ApiKeyCreated", "API key created");
    public static readonly AuditAction Revoked = AuditAction.StaffOnly("ApiKeyRevoked", "API key revoked");

    public static void Record(this IPortalDb db, DateTime now, Actor actor, ApiKey key, AuditAction action, string? fromState, string? toState) =>
        db.AuditEvents.Add(new AuditEvent(now, actor.Name, EntityType, key.Id.ToString(CultureInfo.InvariantCulture), action, fromState, toState));
}
