using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;

namespace Portal.Infrastructure.Persistence.Maps;

internal sealed class DepositMap : IEntityTypeConfiguration<Deposit>
{
    public void Configure(EntityTypeBuilder<Deposit> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Quote>().WithMany().HasForeignKey(d => d.QuoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WaitlistEntry>().WithMany().HasForeignKey(d => d.WaitlistEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Reference).HasMaxLength(Deposit.ReferenceMaxLength);
        builder.Property(d => d.Description).HasMaxLength(Deposit.DescriptionMaxLength);
        builder.Property(d => d.Currency).HasMaxLength(Money.CurrencyLength);
        builder.Property(d => d.CheckoutSessionId).HasMaxLength(Deposit.ProviderIdMaxLength);
        builder.Property(d => d.CheckoutUrl).HasMaxLength(Deposit.UrlMaxLength);
        builder.Property(d => d.PaymentIntentId).HasMaxLength(Deposit.ProviderIdMaxLength);
        builder.Property(d => d.RefundId).HasMaxLength(Deposit.ProviderIdMaxLength);
        builder.Property(d => d.Problem).HasMaxLength(Deposit.ProblemMaxLength);
        builder.Property(d => d.TransferReference).HasMaxLength(Deposit.TransferReferenceMaxLength);
        builder.Property(d => d.RecordedById).HasMaxLength(Quote.RequesterMaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.Amount);
        builder.HasIndex(d => d.Reference).IsUnique();
        builder.HasIndex(d => new { d.QuoteId, d.QuoteRevision }).IsUnique();
        builder.HasIndex(d => d.WaitlistEntryId).IsUnique();
        builder.HasIndex(d => d.CheckoutSessionId);
        // The report's deposit figures read only these two: paid in a range; due now, or refunded in a range.
        builder.HasIndex(d => new { d.PaidUtc, d.AmountMinorUnits });
        builder.HasIndex(d => new { d.State, d.RefundedUtc, d.UpdatedUtc, d.AmountMinorUnits });
        builder.HasIndex(d => new { d.State, d.CheckoutOpenedUtc });
    }
}

internal sealed class ProcessedPaymentEventMap : IEntityTypeConfiguration<ProcessedPaymentEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedPaymentEvent> builder)
    {
        builder.Property(e => e.Id).HasMaxLength(ProcessedPaymentEvent.IdMaxLength).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(ProcessedPaymentEvent.TypeMaxLength);
        builder.Property(e => e.Outcome).HasMaxLength(ProcessedPaymentEvent.OutcomeMaxLength);
    }
}
