using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Configurations.Standard;
using Portal.Domain.Auditing;
using Portal.Domain.Configurations;

namespace Portal.Application.Configurations.Events;

/// <summary>Writes each standard configuration event's audit row for the actor of the unit of work.</summary>
public sealed class StandardConfigurationAuditTrail(IPortalDb db, Acting acting, TimeProvider clock) : IHandles<StandardConfigurationEvent>
{
    public Task HandleAsync(StandardConfigurationEvent happened, CancellationToken cancellationToken)
    {
        var (action, from, to) = RowOf(happened);
        db.Record(clock.GetUtcNow().UtcDateTime, acting.Actor.Name, happened.Configuration.Id, action, from, to);
        return Task.CompletedTask;
    }

    private static (AuditAction Action, string? From, string? To) RowOf(StandardConfigurationEvent happened) => happened switch
    {
        StandardConfigurationCreated created => (StandardConfigurationAudit.Created, null, created.Summary),
        StandardConfigurationChanged changed => (StandardConfigurationAudit.Changed, changed.Before, changed.After),
        StandardConfigurationRetired => (StandardConfigurationAudit.Retired, "Active", "Retired"),
        _ => throw new InvalidOperationException($"No audit row is defined for {happened.GetType().Name}."),
    };
}
