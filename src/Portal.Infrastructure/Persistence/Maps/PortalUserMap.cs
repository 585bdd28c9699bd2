using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Application.Accounts;
using Portal.Domain.Organizations;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class PortalUserMap : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(PortalUser.FullNameMaxLength);
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
