using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Application.Reports;
using Portal.Domain.Quotes;

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
