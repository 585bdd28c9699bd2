using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Compliance;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class DestinationRuleMap : IEntityTypeConfiguration<DestinationRule>
{
    public void Configure(EntityTypeBuilder<DestinationRule> builder)
    {
        builder.Property(r => r.CountryCode).HasMaxLength(DestinationRule.CountryCodeMaxLength);
        builder.Property(r => r.Classification).HasMaxLength(ExportClassification.MaxLength);
        builder.Property(r => r.Note).HasMaxLength(DestinationRule.NoteMaxLength);
        builder.HasIndex(r => new { r.CountryCode, r.Classification, r.EffectiveFrom });
    }
}
