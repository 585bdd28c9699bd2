using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Quotes;
using Portal.Domain.Reports;

namespace Portal.Infrastructure.Persistence.Configurations;

internal sealed class SalesDayConfiguration : IEntityTypeConfiguration<SalesDay>
{
    public void Configure(EntityTypeBuilder<SalesDay> builder)
    {
        builder.HasKey(d => new { d.Day, d.Status, d.SalespersonId, d.OrganizationId });
        builder.Property(d => d.SalespersonId).HasMaxLength(Quote.RequesterMaxLength);
        builder.Ignore(d => d.Key);
    }
}
