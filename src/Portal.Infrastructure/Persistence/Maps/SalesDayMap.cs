using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Quotes;
using Portal.Domain.Reports;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class SalesDayMap : IEntityTypeConfiguration<SalesDay>
{
    public void Configure(EntityTypeBuilder<SalesDay> builder)
    {
        builder.HasKey(d => new { d.Day, d.Status, d.SalespersonId, d.OrganizationId });
        builder.Property(d => d.SalespersonId).HasMaxLength(Quote.RequesterMaxLength);
        builder.Ignore(d => d.Key);
    }
}
