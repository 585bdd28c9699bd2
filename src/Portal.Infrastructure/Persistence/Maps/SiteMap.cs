using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Organizations;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class SiteMap : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Site.NameMaxLength);
        builder.Property(s => s.City).HasMaxLength(Site.CityMaxLength);
        builder.Property(s => s.CountryCode).HasMaxLength(Organization.CountryCodeLength);
    }
}
