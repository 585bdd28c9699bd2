using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Jobs;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class JobLeaseMap : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(JobLease.NameMaxLength);
        builder.Property(l => l.Holder).HasMaxLength(JobLease.HolderMaxLength);
    }
}
