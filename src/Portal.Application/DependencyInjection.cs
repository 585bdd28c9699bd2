using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Accounts.Invitations;
using Portal.Application.Accounts.Passwords;
using Portal.Application.Accounts.RegisterCompany;
using Portal.Application.Auditing;
using Portal.Application.Catalog.Administer;
using Portal.Application.Compliance.Rules;
using Portal.Application.Catalog.Browse;
using Portal.Application.Configurations;
using Portal.Application.Configurations.Rules;
using Portal.Application.Email;
using Portal.Application.Organizations;
using Portal.Application.Payments;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Documents;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Answers;
using Portal.Application.Quotes.Expiry;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Review;
using Portal.Application.Quotes.Revisions;
using Portal.Application.Quotes.Drafts;
using Portal.Application.Quotes.Submit;
using Portal.Application.Reports;
using Portal.Application.Sites;
using Portal.Application.Waitlist;

namespace Portal.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton);
        services.AddScoped<RegisterCompanyHandler>();
        services.AddScoped<InviteUserHandler>();
        services.AddScoped<AcceptInvitationHandler>();
        services.AddScoped<ResetPasswordHandler>();
        services.AddScoped<OrganizationQueries>();
        services.AddScoped<AdministerOrganizationHandler>();
        services.AddScoped<SiteHandlers>();
        services.AddScoped<CatalogQueries>();
        services.AddScoped<CatalogAdministrationHandler>();
        services.AddScoped<DestinationRulesHandler>();
        services.AddScoped<DestinationRuleQueries>();
        services.AddScoped<AuditQueries>();
        services.AddSingleton<ConfigurationRules>();
        services.AddScoped<ConfigurationEvaluator>();
        services.AddSingleton<QuotePricing>();
        services.AddScoped<QuoteQueries>();
        services.AddScoped<QuoteDrafts>();
        services.AddScoped<SubmitQuoteHandler>();
        services.AddSingleton<QuoteLineRules>();
        services.AddScoped<QuoteDocuments>();
        services.AddScoped<QuoteDecisions>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<PersonMail>();
        services.AddScoped<QuoteMail>();
        services.AddScoped<AllocationHolds>();
        services.AddScoped<IssueQuoteHandler>();
        services.AddScoped<PriceQuoteHandler>();
        services.AddScoped<ApprovalQueue>();
        services.AddScoped<QuoteRevisions>();
        services.AddScoped<QuoteAnswers>();
        services.AddScoped<ExpireQuotesHandler>();
        services.AddScoped<WaitlistMail>();
        services.AddScoped<WaitlistNotices>();
        services.AddScoped<WaitlistOffers>();
        services.AddScoped<CustomerWaitlist>();
        services.AddScoped<WaitlistQueries>();
        services.AddScoped<WaitlistAdministration>();
        services.AddScoped<DepositSubjects>();
        services.AddScoped<CheckoutSettlement>();
        services.AddScoped<DepositCheckout>();
        services.AddScoped<PaymentWebhooks>();
        services.AddScoped<DepositReconciliation>();
        services.AddScoped<BankTransfers>();
        services.AddScoped<DepositRefunds>();
        services.AddScoped<ReservationDeposits>();
        services.AddScoped<DepositQueries>();
        services.AddScoped<SalesReports>();
        services.AddScoped<SupplyReport>();
        services.AddScoped<WaitlistReport>();
        services.AddScoped<ReportRows>();
        return services;
    }
}
