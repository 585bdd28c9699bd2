using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Organizations;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class OrganizationMap : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
        builder.Property(o => o.NormalizedName).HasMaxLength(Organization.NameMaxLength);
        builder.HasIndex(o => o.NormalizedName).IsUnique();
        builder.Property(o => o.CountryCode).HasMaxLength(Organization.CountryCodeLength);
        builder.Property(o => o.BillingEmail).HasMaxLength(Organization.ContactMaxLength);
        builder.HasIndex(o => new { o.Status, o.CreatedUtc });
        builder.HasMany(o => o.Sites).WithOne(s => s.Organization).HasForeignKey(s => s.OrganizationId);
        builder.Navigation(o => o.Sites).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(o => o.TaxId).HasMaxLength(Organization.TaxIdMaxLength);
        builder.Ignore(o => o.DefaultBillingAddress);
        builder.HasMany(o => o.BillingAddresses).WithOne(a => a.Organization).HasForeignKey(a => a.OrganizationId);
        builder.Navigation(o => o.BillingAddresses).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
