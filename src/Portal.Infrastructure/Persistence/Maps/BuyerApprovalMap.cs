using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Quotes;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class BuyerApprovalMap : IEntityTypeConfiguration<BuyerApproval>
{
    public void Configure(EntityTypeBuilder<BuyerApproval> builder)
    {
        builder.ToTable("QuoteBuyerApprovals");
        builder.Property(a => a.UserId).HasMaxLength(Quote.RequesterMaxLength);
        builder.Property(a => a.Name).HasMaxLength(QuoteAcceptance.NameMaxLength);
        builder.Property(a => a.Title).HasMaxLength(QuoteAcceptance.TitleMaxLength);
    }
}
