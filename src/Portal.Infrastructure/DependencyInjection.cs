using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Application.Api;
using Portal.Application.Accounts;
using Portal.Application.Accounts.Invitations;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Compliance;
using Portal.Application.Compliance.Screenings;
using Portal.Application.Email;
using Portal.Application.Payments;
using Portal.Application.Quotes.Documents;
using Portal.Application.Quotes.Expiry;
using Portal.Application.Waitlist;
using Portal.Application.Webhooks;
using Portal.Domain.Common;
using Portal.Domain.Email;
using Portal.Domain.Webhooks;
using Portal.Infrastructure.Api;
using Portal.Infrastructure.Caching;
using Portal.Infrastructure.Catalog;
using Portal.Infrastructure.Compliance;
using Portal.Infrastructure.Email;
using Portal.Infrastructure.Events;
using Portal.Infrastructure.Files;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Outbox;
using Portal.Infrastructure.Payments;
using Portal.Infrastructure.Pdf.Deposits;
using Portal.Infrastructure.Pdf.Quotes;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;
using Portal.Infrastructure.Webhooks;

namespace Portal.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var paths = new PortalPaths(Path.GetFullPath(
            configuration["Portal:DataFolder"] ?? Path.Combine(environment.ContentRootPath, "App_Data"),
            environment.ContentRootPath));
        services.AddSingleton(paths);
        var holdsOutbox = string.IsNullOrWhiteSpace(configuration[$"{EmailOptions.Section}:Smtp:Host"]);
        services.AddSingleton(new DataFolder(paths, holdsOutbox));
        services.AddSingleton<SqliteOwnership>();
        services.AddSingleton(TimeProvider.System);

        var pageVersions = new KnownPageVersions();
        services.AddSingleton(pageVersions);
        services.AddScoped<IPageVersions, PageVersions>();
        services.AddSingleton<IDatabaseOutage, DatabaseOutage>();
        var webhookSignal = new WakeSignal<WebhookDelivery>();
        services.AddSingleton(webhookSignal);
        var mailSignal = new WakeSignal<QueuedMail>();
        services.AddSingleton(mailSignal);
        var checkedSessions = new CheckedSessions();
        services.AddSingleton(checkedSessions);
        var checkedApiKeys = new CheckedApiKeys();
        services.AddSingleton(checkedApiKeys);
        var events = new DomainEventsOnSave();
        services.AddDbContextPool<PortalDbContext>(options =>
        {
            DatabaseProvider.Configure(options, configuration, paths);
            options.AddInterceptors(events, new PageVersionBump(pageVersions), new OutboxWakeUp<WebhookDelivery>(webhookSignal), new OutboxWakeUp<QueuedMail>(mailSignal), new AccountChanges(checkedSessions, checkedApiKeys));
        });
        if (DatabaseProvider.Of(configuration) == DatabaseProvider.PostgreSql)
        {
            services.AddHostedService(sp => new PageVersionListener(pageVersions, configuration.GetConnectionString("Portal")!,
                sp.GetRequiredService<ILogger<PageVersionListener>>()));
        }
        events.AttachEachLease<PortalDbContext>(services);
        services.AddScoped<IPortalDb>(sp => sp.GetRequiredService<PortalDbContext>());
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        services.AddSingleton(KeyProtection.Configure(
            services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>(), configuration, environment));

        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = PasswordRules.MinLength;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        // One sign-in manager a request: Identity's, which is ours (AddSignInManager), also answers as IPortalSignIn.
        services.AddScoped<IPortalSignIn>(sp => (PortalSignInManager)sp.GetRequiredService<SignInManager<PortalUser>>());
        services.AddSingleton<UnknownAddressPassword>();

        services.Configure<InvitationLimits>(configuration.GetSection(InvitationLimits.Section));
        AddMail(services, configuration, holdsOutbox);

        var catalogPath = configuration["Catalog:File"] ?? Path.Combine(AppContext.BaseDirectory, "Data", "demo-vendor.json");
        services.AddSingleton(_ => CatalogFileReader.Read(catalogPath));
        services.AddSingleton(sp => sp.GetRequiredService<CatalogFile>().Vendor);
        services.AddSingleton(sp => sp.GetRequiredService<CatalogFile>().Policy);
        services.AddSingleton(sp => RulesFileReader.Read(Beside(catalogPath, sp.GetRequiredService<CatalogFile>().Rules.File), sp.GetRequiredService<CatalogFile>()));
        services.AddScoped<CatalogImporter>();
        services.AddSingleton(sp => BesideCatalog(sp.GetRequiredService<CatalogFile>().Compliance ?? new ComplianceData(), catalogPath));
        services.AddScoped<DestinationRuleImporter>();
        services.AddSingleton<ScreeningListCache>();
        services.AddScoped<IRestrictedPartyLists, RestrictedPartyLists>();
        services.AddScoped<ScreeningListImporter>();

        services.Configure<QuotePdfOptions>(configuration.GetSection(QuotePdfOptions.Section));
        services.AddSingleton(sp => VendorLogo.Load(catalogPath, sp.GetRequiredService<VendorProfile>().Logo));
        services.AddSingleton<IQuotePdfRenderer, QuotePdfRenderer>();
        services.AddSingleton<PortalInstance>();
        services.AddSingleton<JobRunner>();
        services.AddScoped<JobLeases>();
        services.AddScoped<IIdempotentRequests, IdempotentRequests>();
        services.AddScoped<ForgetIdempotentRequests>();
        AddJob<QuoteExpiry>(services, configuration, configuration.GetValue("Quotes:ExpiryCheckMinutes", 5));
        AddJob<WaitlistOffers>(services, configuration, configuration.GetValue("Waitlist:OfferCheckMinutes", 1));
        AddJob<ForgetIdempotentRequests>(services, configuration, 60);
        AddJob<ForgetOldWebhookDeliveries>(services, configuration, 24 * 60);
        AddJob<ForgetSentMails>(services, configuration, 24 * 60);
        AddJob<ForgetStagedScreeningLists>(services, configuration, 60);
        AddPayments(services, configuration);
        AddWebhooks(services, configuration);
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.Configure<SchemaOptions>(configuration.GetSection(SchemaOptions.Section));
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoQuotes>();
        services.AddScoped<DemoWaitlist>();
        services.AddScoped<DemoStandardConfigurations>();
        services.AddScoped<DemoWebhooks>();
        services.AddScoped<PortalInitializer>();
        services.AddHostedService<FirstAdminAtStart>();
        return services;
    }

    /// <summary>The compliance files are named relative to the catalog file's folder.</summary>
    private static ComplianceData BesideCatalog(ComplianceData data, string catalogPath) => data with
    {
        DestinationRules = data.DestinationRules is { } rules ? Beside(catalogPath, rules) : null,
        ScreeningList = data.ScreeningList is { } list ? Beside(catalogPath, list) : null,
    };

    private static string Beside(string catalogPath, string file) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(catalogPath))!, file);

    /// <summary>The mail queue, its transport (SMTP when a host is configured, the outbox folder otherwise) and its worker.</summary>
    private static void AddMail(IServiceCollection services, IConfiguration configuration, bool holdsOutbox)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<MimeMessages>();
        services.AddSingleton<OutboxFolder>();
        services.AddSingleton<IMailOutbox>(sp => sp.GetRequiredService<OutboxFolder>());
        if (holdsOutbox)
        {
            services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<OutboxFolder>());
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        services.AddScoped<IMailQueue, MailQueue>();
        services.AddScoped<MailAttempt>();
        services.AddScoped<MailSender>();
        AddOutboxWorker<QueuedMail, MailSender>(services, configuration, sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.PollSeconds);
    }

    /// <summary>Stripe (or its stand-in) when a secret key is configured, bank transfer always; the reconciliation job.</summary>
    private static void AddPayments(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StripeOptions>(configuration.GetSection(StripeOptions.Section));
        services.Configure<BankTransferDetails>(configuration.GetSection(BankTransferDetails.Section));
        services.AddHttpClient(StripeGateway.HttpClientName);
        services.AddSingleton<IPaymentGateway, StripeGateway>();
        services.AddSingleton<IDepositInvoiceRenderer, DepositInvoicePdfRenderer>();
        AddJob<DepositReconciliation>(services, configuration, configuration.GetValue("Payments:ReconcileMinutes", 5));
    }

    /// <summary>The address checks, the sender's HTTP client (no redirects, no proxy, connections checked) and its worker.</summary>
    private static void AddWebhooks(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton<WebhookAddresses>();
        services.AddSingleton<IWebhookAddresses>(sp => sp.GetRequiredService<WebhookAddresses>());
        services.AddHttpClient(WebhookAttempt.HttpClientName, (sp, client) =>
            {
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.TimeoutSeconds);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Portal-Webhooks/1");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = sp.GetRequiredService<WebhookAddresses>().ConnectAsync,
            })
            // The client's own request logging writes a whole stack trace for each endpoint that fails; the attempt
            // logs one line instead (see WebhookAttempt).
            .RemoveAllLoggers();
        services.AddScoped<WebhookAttempt>();
        services.AddScoped<WebhookSender>();
        AddOutboxWorker<WebhookDelivery, WebhookSender>(services, configuration, sp => sp.GetRequiredService<IOptions<WebhookOptions>>().Value.PollSeconds);
    }

    /// <summary>The worker that runs a sender when woken and every poll (not on an instance with Jobs:Run off).</summary>
    private static void AddOutboxWorker<TItem, TSender>(IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, int> pollSeconds)
        where TItem : OutboxItem
        where TSender : IPortalJob
    {
        if (configuration.GetValue("Jobs:Run", true))
        {
            services.AddHostedService(sp => new OutboxWorker<TItem, TSender>(sp.GetRequiredService<IServiceScopeFactory>(),
                sp.GetRequiredService<WakeSignal<TItem>>(), TimeSpan.FromSeconds(Math.Max(1, pollSeconds(sp))), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<OutboxWorker<TItem, TSender>>>()));
        }
    }

    /// <summary>
    /// Runs the job at start and every so many minutes, from one to a day (a timer cannot wait for ever); not at all on
    /// an instance with Jobs:Run off (the other instances, sharing the database, run them).
    /// </summary>
    private static void AddJob<TJob>(IServiceCollection services, IConfiguration configuration, int minutes)
        where TJob : class, IPortalJob
    {
        if (configuration.GetValue("Jobs:Run", true))
        {
            services.AddHostedService(sp => new PortalJobWorker<TJob>(sp.GetRequiredService<JobRunner>(), sp.GetRequiredService<TimeProvider>(),
                TimeSpan.FromMinutes(Math.Clamp(minutes, 1, 24 * 60)), sp.GetRequiredService<ILogger<PortalJobWorker<TJob>>>()));
        }
    }
}
