using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Application.Accounts;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class QuoteMap : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.Property(q => q.Number).HasMaxLength(Quote.NumberMaxLength);
        builder.HasIndex(q => q.Number).IsUnique();
        builder.Property(q => q.RequesterId).HasMaxLength(Quote.RequesterMaxLength);
        builder.Property(q => q.Notes).HasMaxLength(Quote.NotesMaxLength);
        builder.HasIndex(q => new { q.OrganizationId, q.CreatedUtc });
        builder.HasOne<Organization>().WithMany().HasForeignKey(q => q.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(q => q.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(q => q.ClaimedById).HasMaxLength(Quote.RequesterMaxLength);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(q => q.ClaimedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.Status, q.SubmittedUtc });
        builder.HasIndex(q => q.SubmittedUtc);
        // The reports count quotes by the day they were issued, accepted and declined.
        builder.HasIndex(q => q.IssuedUtc);
        builder.HasIndex(q => q.DeclinedUtc);
        builder.Property(q => q.DeclineReason).HasMaxLength(Quote.DeclineReasonMaxLength);
        builder.Property(q => q.ChangesNote).HasMaxLength(Quote.ChangesNoteMaxLength);
        builder.HasOne<Site>().WithMany().HasForeignKey(q => q.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(q => q.Racks).WithOne().HasForeignKey(c => c.QuoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Products).WithOne().HasForeignKey(p => p.QuoteId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Racks).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(q => q.Products).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(q => q.Reference);
        builder.Ignore(q => q.IsEmpty);
        builder.Ignore(q => q.IsEditable);
        builder.Ignore(q => q.IsIssued);
        builder.Ignore(q => q.HasEvents);
        builder.Property(q => q.Version).IsConcurrencyToken();
        builder.HasIndex(q => new { q.Status, q.ValidUntilUtc });
        builder.OwnsOne(q => q.Acceptance, acceptance =>
        {
            acceptance.Property(a => a.Name).HasMaxLength(QuoteAcceptance.NameMaxLength);
            acceptance.Property(a => a.Title).HasMaxLength(QuoteAcceptance.TitleMaxLength);
            acceptance.Property(a => a.PurchaseOrder).HasMaxLength(QuoteAcceptance.PurchaseOrderMaxLength);
            acceptance.Property(a => a.IpAddress).HasMaxLength(QuoteAcceptance.IpAddressMaxLength);
            acceptance.Property(a => a.BillingAddress).HasMaxLength(QuoteAcceptance.BillingAddressMaxLength);
            acceptance.Property(a => a.TaxId).HasMaxLength(Organization.TaxIdMaxLength);
            acceptance.Ignore(a => a.BillingAddressLines);
            // The acceptances of a range, with the time each took: the median reads only the index.
            acceptance.HasIndex(a => new { a.AcceptedUtc, a.SecondsAfterIssue });
        });
        // A child entity, not owned: only the reads that need the approvals include them.
        builder.HasMany(q => q.BuyerApprovals).WithOne().HasForeignKey("QuoteId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.BuyerApprovals).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(q => q.RackCount);
        builder.Ignore(q => q.HighestDiscount);
        builder.Property(q => q.DiscountPercent).HasPrecision(5, 2);
    }
}

internal sealed class QuoteRackMap : IEntityTypeConfiguration<QuoteRack>
{
    public void Configure(EntityTypeBuilder<QuoteRack> builder)
    {
        builder.ToTable("QuoteRacks");
        builder.HasOne(c => c.Rack).WithMany().HasForeignKey(c => c.RackProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Components).WithOne().HasForeignKey("QuoteRackId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Components).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(c => c.DiscountPercent).HasPrecision(5, 2);
    }
}

internal sealed class QuoteComponentMap : IEntityTypeConfiguration<QuoteComponent>
{
    public void Configure(EntityTypeBuilder<QuoteComponent> builder) =>
        builder.HasOne(c => c.Product).WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
}

internal sealed class QuoteProductLineMap : IEntityTypeConfiguration<QuoteProductLine>
{
    public void Configure(EntityTypeBuilder<QuoteProductLine> builder)
    {
        builder.HasOne(p => p.Product).WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.DiscountPercent).HasPrecision(5, 2);
    }
}

internal sealed class QuoteRevisionMap : IEntityTypeConfiguration<QuoteRevision>
{
    public void Configure(EntityTypeBuilder<QuoteRevision> builder)
    {
        builder.HasOne<Quote>().WithMany().HasForeignKey(r => r.QuoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.QuoteId, r.Number }).IsUnique();
        // The first issues of a range, with the time each took: the median time to issue reads only the index.
        builder.HasIndex(r => new { r.IssuedUtc, r.SecondsSinceSubmitted }).HasFilter("\"Number\" = 1").HasDatabaseName("IX_QuoteRevisions_FirstIssues");
        builder.Property(r => r.PdfSha256).HasMaxLength(64);
        builder.Property(r => r.Currency).HasMaxLength(Money.CurrencyLength);
        builder.Property(r => r.IssuedBy).HasMaxLength(QuoteRevision.IssuedByMaxLength);
        builder.Ignore(r => r.Total);
        builder.Ignore(r => r.Totals);
        builder.OwnsMany(r => r.Lines, line =>
        {
            line.ToTable("QuoteRevisionLines");
            line.WithOwner().HasForeignKey("QuoteRevisionId");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.Property(l => l.Group).HasMaxLength(QuoteRevisionLine.GroupMaxLength);
            line.Property(l => l.GroupTitle).HasMaxLength(QuoteRevisionLine.GroupTitleMaxLength);
            line.Property(l => l.Sku).HasMaxLength(QuoteRevisionLine.SkuMaxLength);
            line.Property(l => l.Description).HasMaxLength(QuoteRevisionLine.DescriptionMaxLength);
            line.Property(l => l.VolumeDiscountPercent).HasPrecision(5, 2);
            line.Property(l => l.SalesDiscountPercent).HasPrecision(5, 2);
        });
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class QuoteHoldMap : IEntityTypeConfiguration<QuoteHold>
{
    public void Configure(EntityTypeBuilder<QuoteHold> builder)
    {
        builder.HasOne<Quote>().WithMany().HasForeignKey(h => h.QuoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(h => h.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.QuoteId, h.ProductId, h.Quarter }).IsUnique();
    }
}

internal sealed class WaitlistEntryMap : IEntityTypeConfiguration<Domain.Waitlist.WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<Domain.Waitlist.WaitlistEntry> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Product).WithMany().HasForeignKey(e => e.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.JoinedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Quote>().WithMany().HasForeignKey(e => e.QuoteId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.JoinedById).HasMaxLength(Quote.RequesterMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.ProductId, e.Status, e.Priority, e.QueuedUtc });
        builder.HasIndex(e => new { e.ProductId, e.Priority, e.QueuedUtc, e.Id });
        builder.HasIndex(e => new { e.OrganizationId, e.ProductId, e.Status });
        builder.HasIndex(e => new { e.Status, e.OfferExpiresUtc });
        builder.Ignore(e => e.IsActive);
        builder.Ignore(e => e.Reference);
        builder.Ignore(e => e.Deposit);
        builder.Property(e => e.DepositCurrency).HasMaxLength(Money.CurrencyLength);
    }
}
