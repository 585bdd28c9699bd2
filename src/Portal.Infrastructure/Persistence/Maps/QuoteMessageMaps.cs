using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Application.Accounts;
using Portal.Domain.Quotes;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class QuoteMessageMap : IEntityTypeConfiguration<QuoteMessage>
{
    public void Configure(EntityTypeBuilder<QuoteMessage> builder)
    {
        builder.HasOne<Quote>().WithMany().HasForeignKey(m => m.QuoteId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.AuthorId).HasMaxLength(Quote.RequesterMaxLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.AuthorName).HasMaxLength(QuoteMessage.AuthorMaxLength);
        builder.Property(m => m.Text).HasMaxLength(QuoteMessage.TextMaxLength);
        builder.HasIndex(m => new { m.QuoteId, m.PostedUtc });
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(m => m.HasEvents);
    }
}

internal sealed class QuoteMessageAttachmentMap : IEntityTypeConfiguration<QuoteMessageAttachment>
{
    public void Configure(EntityTypeBuilder<QuoteMessageAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(QuoteMessageAttachment.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(QuoteMessageAttachment.ContentTypeMaxLength);
    }
}
