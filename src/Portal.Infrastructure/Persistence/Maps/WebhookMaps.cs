using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Organizations;
using Portal.Domain.Webhooks;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class WebhookEndpointMap : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Url).HasMaxLength(WebhookEndpoint.UrlMaxLength);
        builder.Property(e => e.EventTypes).HasMaxLength(WebhookEndpoint.EventTypesMaxLength);
        builder.Property(e => e.Secret).HasMaxLength(WebhookEndpoint.SecretLength);
        builder.Ignore(e => e.IsDisabled);
        builder.Ignore(e => e.Events);
        builder.HasIndex(e => e.OrganizationId);
    }
}

internal sealed class WebhookDeliveryMap : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.EventId).HasMaxLength(WebhookDelivery.EventIdLength);
        builder.Property(d => d.EventType).HasMaxLength(WebhookEndpoint.EventTypesMaxLength);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        // The sender asks for the due ones; the log lists an endpoint's, newest first.
        builder.HasIndex(d => new { d.State, d.NextAttemptUtc });
        builder.HasIndex(d => new { d.EndpointId, d.CreatedUtc });
    }
}
