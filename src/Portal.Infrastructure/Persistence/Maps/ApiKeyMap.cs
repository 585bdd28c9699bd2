using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Application.Accounts;
using Portal.Domain.Api;
using Portal.Domain.Organizations;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class ApiKeyMap : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.Property(k => k.SecretSha256).HasMaxLength(64);
        builder.Property(k => k.UserId).HasMaxLength(450);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(k => k.UserId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(k => k.OrganizationId);
        builder.HasIndex(k => k.OrganizationId);
        builder.Ignore(k => k.IsRevoked);
    }
}
