using Portal.Domain.Auditing;

namespace Portal.Application.Common;

public static class AuditExtensions
{
    public static void Audit(this IPortalDb db, DateTime now, Actor actor, string entityType, string entityId, string action,
        string? fromState = null, string? toState = null, string? reason = null) =>
        db.AuditEvents.Add(new AuditEvent(now, actor.Name, entityType, entityId, action, fromState, toState, reason));
}
