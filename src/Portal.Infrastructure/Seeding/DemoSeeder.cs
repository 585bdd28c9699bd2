using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Compliance.Screenings;
using Portal.Domain.Api;
using Portal.Domain.Organizations;
using Portal.Infrastructure.Persistence;
using static Portal.Infrastructure.Seeding.DemoAccounts;

namespace Portal.Infrastructure.Seeding;

/// <summary>Adds the demo companies and people that are missing; running it again changes nothing.</summary>
public sealed class DemoSeeder(
    PortalDbContext db, UserManager<PortalUser> users, DemoQuotes quotes, DemoWaitlist waitlist, DemoWebhooks webhooks,
    DemoStandardConfigurations standards, OrganizationScreener screener, TimeProvider clock)
{
    /// <summary>
    /// The hash of the demo password, made once: every demo person signs in with the same password, and hashing it
    /// (deliberately slow) for each of them took about a quarter of the demo's seeding.
    /// </summary>
    private string? _passwordHash;

    public async Task SeedAsync(string password, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await EnsureUserAsync(Admin, null, password, now);
        await EnsureUserAsync(Sales, null, password, now);
        await EnsureUserAsync(DemoAccounts.Compliance, null, password, now);
        foreach (var company in Companies)
        {
            var organization = await EnsureOrganizationAsync(company, now, cancellationToken);
            await EnsureUserAsync(company.Owner, organization.Id, password, now, owner: true, CompanyRoles.All);
        }
        var heliosOrganization = (await users.FindByEmailAsync(Companies[0].Owner.Email))!.OrganizationId;
        foreach (var colleague in HeliosColleagues)
        {
            await EnsureUserAsync(colleague.Person, heliosOrganization, password, now, owner: false, colleague.Roles, colleague.ApprovalLimitMinorUnits);
        }
        await EnsureApiKeyAsync(Companies[0].Owner, "Procurement system (demo)", now, cancellationToken);
        await EnsureApiKeyAsync(Admin, "CRM sync (demo)", now, cancellationToken);
        var endpoint = await webhooks.RegisterAsync(heliosOrganization!.Value, now, cancellationToken);
        await quotes.SeedAsync(now, cancellationToken);
        await waitlist.SeedAsync(cancellationToken);
        await standards.SeedAsync(cancellationToken);
        if (endpoint is { } endpointId)
        {
            await webhooks.SettleAsync(endpointId, cancellationToken);
        }
    }

    private async Task<Organization> EnsureOrganizationAsync(DemoCompany company, DateTime now, CancellationToken cancellationToken)
    {
        var normalized = Organization.Normalize(company.Name);
        var existing = await db.Organizations.SingleOrDefaultAsync(o => o.NormalizedName == normalized, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var organization = new Organization(company.Name, company.Country, company.Owner.Email, now);
        organization.SetTier(company.Tier);
        if (company.Status == OrganizationStatus.Active)
        {
            organization.Approve();
        }
        var site = company.Site;
        organization.AddSite(site.Name, site.City, site.Country, site.PowerKw, site.Cooling);
        var billing = BillingOf[company.Name];
        organization.AddBillingAddress(billing.Street, billing.PostalCode, billing.City, billing.Region, company.Country);
        organization.ChangeBillingDetails(TaxIds.Normalize(company.Country, billing.TaxId), billing.RequiresPurchaseOrder);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        await screener.ScreenAsync(organization, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return organization;
    }

    /// <summary>
    /// A read key of the person: Helios's procurement system, and the vendor's CRM with a staff key (their texts were
    /// never kept, as with every key).
    /// </summary>
    private async Task EnsureApiKeyAsync(DemoPerson person, string name, DateTime now, CancellationToken cancellationToken)
    {
        var owner = await users.FindByEmailAsync(person.Email);
        if (owner is null || await db.ApiKeys.AnyAsync(k => k.UserId == owner.Id, cancellationToken))
        {
            return;
        }
        var (key, _) = ApiKey.Create(name, ApiScopes.Read, owner.Id, owner.OrganizationId, now.AddDays(-20));
        key.RecordUse(now.AddHours(-3));
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureUserAsync(DemoPerson person, int? organizationId, string password, DateTime now,
        bool owner = false, CompanyRoles roles = CompanyRoles.None, long? approvalLimit = null)
    {
        if (await users.FindByEmailAsync(person.Email) is not null)
        {
            return;
        }
        var user = new PortalUser
        {
            UserName = person.Email,
            Email = person.Email,
            EmailConfirmed = true,
            FullName = person.FullName,
            OrganizationId = organizationId,
            IsOrganizationOwner = owner,
            CompanyRoles = roles,
            ApprovalLimitMinorUnits = approvalLimit,
            CreatedUtc = now,
        };
        // The first person's password goes through the password rules and is hashed; the others take that hash.
        user.PasswordHash = _passwordHash;
        var created = _passwordHash is null ? await users.CreateAsync(user, password) : await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create demo user {person.Email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        _passwordHash ??= user.PasswordHash;
        await users.AddToRoleAsync(user, person.Role);
    }
}
