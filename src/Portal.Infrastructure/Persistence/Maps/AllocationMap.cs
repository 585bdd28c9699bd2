using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Catalog;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class AllocationMap : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.HasIndex(a => new { a.ProductId, a.Quarter }).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId);
        builder.Ignore(a => a.Free);
        builder.ToTable(t => t.HasCheckConstraint("CK_Allocations_HeldAndCommittedWithinSupply",
            "\"Held\" >= 0 AND \"Committed\" >= 0 AND \"Held\" + \"Committed\" <= \"Supply\""));
    }
}
