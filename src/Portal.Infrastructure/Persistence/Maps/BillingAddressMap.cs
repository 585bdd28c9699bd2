using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Organizations;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class BillingAddressMap : IEntityTypeConfiguration<BillingAddress>
{
    public void Configure(EntityTypeBuilder<BillingAddress> builder)
    {
        builder.Property(a => a.Street).HasMaxLength(BillingAddress.StreetMaxLength);
        builder.Property(a => a.PostalCode).HasMaxLength(BillingAddress.PostalCodeMaxLength);
        builder.Property(a => a.City).HasMaxLength(BillingAddress.CityMaxLength);
        builder.Property(a => a.Region).HasMaxLength(BillingAddress.RegionMaxLength);
        builder.Property(a => a.CountryCode).HasMaxLength(Organization.CountryCodeLength);
    }
}
