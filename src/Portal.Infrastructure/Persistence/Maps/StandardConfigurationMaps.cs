using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Configurations;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class StandardConfigurationMap : IEntityTypeConfiguration<StandardConfiguration>
{
    public void Configure(EntityTypeBuilder<StandardConfiguration> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(StandardConfiguration.NameMaxLength);
        builder.Property(c => c.Description).HasMaxLength(StandardConfiguration.DescriptionMaxLength);
        builder.HasOne(c => c.Rack).WithMany().HasForeignKey(c => c.RackProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Components).WithOne().HasForeignKey("StandardConfigurationId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Components).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StandardComponentMap : IEntityTypeConfiguration<StandardComponent>
{
    public void Configure(EntityTypeBuilder<StandardComponent> builder)
    {
        builder.ToTable("StandardConfigurationComponents");
        builder.HasOne(c => c.Product).WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
