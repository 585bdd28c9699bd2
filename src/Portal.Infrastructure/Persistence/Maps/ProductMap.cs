using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class ProductMap : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Sku).HasMaxLength(Product.SkuMaxLength);
        builder.HasIndex(p => p.Sku).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(Product.NameMaxLength);
        builder.Property(p => p.Summary).HasMaxLength(Product.SummaryMaxLength);
        builder.Property(p => p.Currency).HasMaxLength(Money.CurrencyLength);
        builder.Property(p => p.ExportClassification).HasMaxLength(ExportClassification.MaxLength);
        builder.HasIndex(p => new { p.Family, p.Name });
        builder.Ignore(p => p.ListPrice);
        builder.Ignore(p => p.Details);
        builder.Ignore(p => p.MaxWaitlistQuantity);
        builder.Ignore(p => p.HasWaitlist);
        builder.Ignore(p => p.ReservationDeposit);
        builder.Ignore(p => p.TakesReservations);

        builder.OwnsOne(p => p.Rack, rack =>
        {
            rack.Property(r => r.Generation).HasMaxLength(RackSpecification.GenerationMaxLength);
        });
        builder.PrimitiveCollection<List<string>>("_compatibleGenerations")
            .HasField("_compatibleGenerations")
            .HasColumnName("CompatibleGenerations");
        builder.Ignore(p => p.CompatibleGenerations);
        builder.OwnsMany(p => p.Specifications, spec =>
        {
            spec.ToTable("ProductSpecifications");
            spec.WithOwner().HasForeignKey("ProductId");
            spec.Property<int>("Id");
            spec.HasKey("Id");
            spec.Property(s => s.Label).HasMaxLength(ProductSpecification.LabelMaxLength);
            spec.Property(s => s.Value).HasMaxLength(ProductSpecification.ValueMaxLength);
        });
        builder.Navigation(p => p.Specifications).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
