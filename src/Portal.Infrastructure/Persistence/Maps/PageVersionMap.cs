using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Caching;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class PageVersionMap : IEntityTypeConfiguration<PageVersion>
{
    public void Configure(EntityTypeBuilder<PageVersion> builder)
    {
        builder.ToTable("PageVersions");
        builder.HasKey(v => v.Tag);
        builder.Property(v => v.Tag).HasMaxLength(60);
    }
}
