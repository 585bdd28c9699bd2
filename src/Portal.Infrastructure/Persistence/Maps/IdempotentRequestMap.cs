using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Api;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class IdempotentRequestMap : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.Property(r => r.Key).HasMaxLength(IdempotentRequest.KeyMaxLength);
        builder.Property(r => r.Fingerprint).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Location).HasMaxLength(2000);
        builder.HasOne<ApiKey>().WithMany().HasForeignKey(r => r.ApiKeyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ApiKeyId, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedUtc);
        builder.Ignore(r => r.IsAnswered);
    }
}
