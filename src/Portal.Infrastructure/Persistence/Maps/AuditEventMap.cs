using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Auditing;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class AuditEventMap : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Actor).HasMaxLength(AuditEvent.ActorMaxLength);
        builder.Property(e => e.EntityType).HasMaxLength(AuditEvent.EntityTypeMaxLength);
        builder.Property(e => e.EntityId).HasMaxLength(AuditEvent.EntityIdMaxLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEvent.ActionMaxLength);
        builder.Property(e => e.FromState).HasMaxLength(AuditEvent.StateMaxLength);
        builder.Property(e => e.ToState).HasMaxLength(AuditEvent.StateMaxLength);
        builder.Property(e => e.Reason).HasMaxLength(AuditEvent.ReasonMaxLength);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
