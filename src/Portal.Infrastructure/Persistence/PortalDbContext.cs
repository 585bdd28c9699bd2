using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Api;
using Portal.Domain.Auditing;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Compliance;
using Portal.Domain.Configurations;
using Portal.Domain.Email;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Reports;
using Portal.Domain.Waitlist;
using Portal.Domain.Webhooks;
using Portal.Infrastructure.Caching;
using Portal.Infrastructure.Compliance;
using Portal.Infrastructure.Events;

namespace Portal.Infrastructure.Persistence;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser>(options), IPortalDb, IDataProtectionKeyContext
{
    private readonly SortedSet<string> _changedPages = new(StringComparer.Ordinal);

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<BillingAddress> BillingAddresses => Set<BillingAddress>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Allocation> Allocations => Set<Allocation>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<QuoteRevision> QuoteRevisions => Set<QuoteRevision>();
    public DbSet<BuyerApprovalRule> BuyerApprovalRules => Set<BuyerApprovalRule>();
    public DbSet<QuoteHold> QuoteHolds => Set<QuoteHold>();
    public DbSet<QuoteMessage> QuoteMessages => Set<QuoteMessage>();
    public DbSet<QuoteMessageAttachment> QuoteMessageAttachments => Set<QuoteMessageAttachment>();
    public DbSet<WaitlistEntry> WaitlistEntries => Set<WaitlistEntry>();
    public DbSet<Deposit> Deposits => Set<Deposit>();
    public DbSet<ProcessedPaymentEvent> ProcessedPaymentEvents => Set<ProcessedPaymentEvent>();
    public DbSet<SalesDay> SalesDays => Set<SalesDay>();
    public DbSet<DestinationRule> DestinationRules => Set<DestinationRule>();
    public DbSet<ScreeningListVersion> ScreeningListVersions => Set<ScreeningListVersion>();
    public DbSet<Screening> Screenings => Set<Screening>();
    public DbSet<ListedParty> ListedParties => Set<ListedParty>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();
    public DbSet<QueuedMail> QueuedMails => Set<QueuedMail>();
    public DbSet<StandardConfiguration> StandardConfigurations => Set<StandardConfiguration>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<PageVersion> PageVersions => Set<PageVersion>();

    public Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        Database.BeginTransactionAsync(cancellationToken);

    /// <summary>
    /// Saves, in a transaction when it changes sales days or cached pages: it moves the sales days the save changes in
    /// it (see <see cref="SalesDayLedger"/>), and as the transaction commits the versions of the cached pages the save
    /// changes are bumped (see <see cref="PageVersionBump"/>). The domain events are handled first
    /// (<see cref="DomainEventsOnSave"/>), so that both see what the handlers changed too.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var moves = SalesDayLedger.MovesOf(ChangeTracker);
        _changedPages.UnionWith(CachedPages.ChangedBy(ChangeTracker));
        if (moves.Count == 0 && _changedPages.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        SalesDayLedger.Apply(this, moves);
        transaction?.Commit();
        return saved;
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<DomainEventsOnSave>().SingleOrDefault() is { } events)
        {
            await events.DispatchAsync(this, cancellationToken);
        }
        var moves = SalesDayLedger.MovesOf(ChangeTracker);
        _changedPages.UnionWith(CachedPages.ChangedBy(ChangeTracker));
        if (moves.Count == 0 && _changedPages.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await SalesDayLedger.ApplyAsync(this, moves, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return saved;
    }

    /// <summary>
    /// The tags of the pages this context's saves changed since its transaction began, in order (bumping in one order
    /// keeps concurrent commits from deadlocking), and forgets them. A save that failed may leave its tags behind; the
    /// next commit bumps them for nothing, which only costs a render.
    /// </summary>
    internal IReadOnlyList<string> TakeChangedPages()
    {
        var tags = _changedPages.ToList();
        _changedPages.Clear();
        return tags;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Quarter>().HaveConversion<QuarterConverter>().HaveMaxLength(Quarter.TextLength);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
