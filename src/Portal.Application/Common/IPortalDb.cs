using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Application.Accounts;
using Portal.Domain.Api;
using Portal.Domain.Auditing;
using Portal.Domain.Catalog;
using Portal.Domain.Compliance;
using Portal.Domain.Configurations;
using Portal.Domain.Email;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Reports;
using Portal.Domain.Waitlist;
using Portal.Domain.Webhooks;

namespace Portal.Application.Common;

/// <summary>The portal's database as the use cases see it.</summary>
public interface IPortalDb
{
    DbSet<PortalUser> Users { get; }
    DbSet<Organization> Organizations { get; }
    DbSet<Site> Sites { get; }
    DbSet<BillingAddress> BillingAddresses { get; }
    DbSet<Product> Products { get; }
    DbSet<Allocation> Allocations { get; }
    DbSet<AuditEvent> AuditEvents { get; }
    DbSet<Quote> Quotes { get; }
    DbSet<QuoteRevision> QuoteRevisions { get; }
    DbSet<BuyerApprovalRule> BuyerApprovalRules { get; }
    DbSet<QuoteHold> QuoteHolds { get; }
    DbSet<QuoteMessage> QuoteMessages { get; }
    DbSet<QuoteMessageAttachment> QuoteMessageAttachments { get; }
    DbSet<WaitlistEntry> WaitlistEntries { get; }
    DbSet<Deposit> Deposits { get; }
    DbSet<ProcessedPaymentEvent> ProcessedPaymentEvents { get; }
    DbSet<SalesDay> SalesDays { get; }
    DbSet<DestinationRule> DestinationRules { get; }
    DbSet<ScreeningListVersion> ScreeningListVersions { get; }
    DbSet<Screening> Screenings { get; }
    DbSet<ApiKey> ApiKeys { get; }
    DbSet<WebhookEndpoint> WebhookEndpoints { get; }
    DbSet<WebhookDelivery> WebhookDeliveries { get; }
    DbSet<IdempotentRequest> IdempotentRequests { get; }
    DbSet<QueuedMail> QueuedMails { get; }
    DbSet<StandardConfiguration> StandardConfigurations { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>An entity's tracking entry: to reload one a conditional update changed underneath it.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    /// <summary>What the unit of work tracks; cleared after a save that lost a concurrency check.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
}
