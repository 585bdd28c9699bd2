using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Compliance;
using Portal.Domain.Organizations;
using Portal.Infrastructure.Compliance;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class ScreeningListVersionMap : IEntityTypeConfiguration<ScreeningListVersion>
{
    public void Configure(EntityTypeBuilder<ScreeningListVersion> builder)
    {
        builder.Property(v => v.FileName).HasMaxLength(ScreeningListVersion.FileNameMaxLength);
        builder.Property(v => v.Sha256).HasMaxLength(ScreeningListVersion.Sha256Length);
        builder.Property(v => v.LoadedBy).HasMaxLength(ScreeningListVersion.LoadedByMaxLength);
        builder.Ignore(v => v.Label);
    }
}

internal sealed class ListedPartyMap : IEntityTypeConfiguration<ListedParty>
{
    public void Configure(EntityTypeBuilder<ListedParty> builder)
    {
        builder.ToTable("RestrictedParties");
        builder.HasOne<ScreeningListVersion>().WithMany().HasForeignKey(p => p.ListVersionId);
        builder.Property(p => p.Source).HasMaxLength(RestrictedParty.SourceMaxLength);
        builder.Property(p => p.EntryId).HasMaxLength(RestrictedParty.EntryIdMaxLength);
        builder.Property(p => p.Name).HasMaxLength(RestrictedParty.NameMaxLength);
        // What a staged list changes is found party by party, by name first, in the other version.
        builder.HasIndex(p => new { p.ListVersionId, p.Name });
    }
}

internal sealed class ScreeningMap : IEntityTypeConfiguration<Screening>
{
    public void Configure(EntityTypeBuilder<Screening> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId);
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ScreeningListVersion>().WithMany().HasForeignKey(s => s.ListVersionId);
        builder.Property(s => s.ScreenedName).HasMaxLength(Screening.NameMaxLength);
        builder.Property(s => s.ReviewedBy).HasMaxLength(Screening.ReviewerMaxLength);
        builder.Property(s => s.ReviewNote).HasMaxLength(Screening.NoteMaxLength);
        builder.HasIndex(s => new { s.Outcome, s.ScreenedAt });
        builder.Ignore(s => s.AwaitsReview);
        builder.OwnsMany(s => s.Matches, match =>
        {
            match.ToTable("ScreeningMatches");
            match.WithOwner().HasForeignKey("ScreeningId");
            match.Property<int>("Id");
            match.HasKey("Id");
            match.Property(m => m.Source).HasMaxLength(RestrictedParty.SourceMaxLength);
            match.Property(m => m.EntryId).HasMaxLength(RestrictedParty.EntryIdMaxLength);
            match.Property(m => m.ListedName).HasMaxLength(RestrictedParty.NameMaxLength);
            match.Property(m => m.MatchedName).HasMaxLength(RestrictedParty.NameMaxLength);
        });
        builder.Navigation(s => s.Matches).HasField("_matches");
    }
}
