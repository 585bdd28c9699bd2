using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class BuyerApprovalRuleMap : IEntityTypeConfiguration<BuyerApprovalRule>
{
    public void Configure(EntityTypeBuilder<BuyerApprovalRule> builder)
    {
        builder.HasKey(r => r.OrganizationId);
        builder.Property(r => r.OrganizationId).ValueGeneratedNever();
        builder.HasOne<Organization>().WithOne().HasForeignKey<BuyerApprovalRule>(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.HasEvents);
    }
}
