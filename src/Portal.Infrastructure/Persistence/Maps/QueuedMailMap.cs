using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Email;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class QueuedMailMap : IEntityTypeConfiguration<QueuedMail>
{
    public void Configure(EntityTypeBuilder<QueuedMail> builder)
    {
        builder.Property(m => m.Recipient).HasMaxLength(QueuedMail.AddressMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(QueuedMail.SubjectMaxLength);
        builder.Property(m => m.ReplyTo).HasMaxLength(QueuedMail.AddressMaxLength);
        builder.Property(m => m.AttachmentReference).HasMaxLength(MailAttachment.ReferenceMaxLength);
        builder.Ignore(m => m.Attachment);
        builder.Property(m => m.LastFailure).HasMaxLength(QueuedMail.FailureMaxLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        // The sender asks for the due ones, the forget job for those that ended (none due) long ago.
        builder.HasIndex(m => new { m.NextAttemptUtc, m.CreatedUtc });
    }
}
