using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Organizations;
using Portal.Infrastructure.Persistence;

namespace Portal.IntegrationTests.Support;

/// <summary>Adds an approved customer organization with one site and one buyer, who signs in with the demo password.</summary>
public static class Customers
{
    /// <summary>The buyer's email address: buyer@&lt;slug&gt;.example.</summary>
    public static async Task<string> AddAsync(PortalFactory factory, string slug, OrganizationTier tier = OrganizationTier.Standard)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var email = $"buyer@{slug}.example";
        var organization = new Organization($"{slug} Compute", "DE", email, DateTime.UtcNow);
        organization.SetTier(tier);
        organization.Approve();
        organization.AddSite($"{slug} Hall 1", "Frankfurt", "DE", 8_000, CoolingType.Liquid);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        var user = new PortalUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = $"{slug} Buyer", OrganizationId = organization.Id,
            IsOrganizationOwner = true, CompanyRoles = CompanyRoles.All, CreatedUtc = DateTime.UtcNow,
        };
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Customer);
        return email;
    }

    /// <summary>
    /// A confirmed colleague in the company of the user with that address, who is not its first user, with the roles
    /// given (by default every one but Administrator); answers the colleague's address.
    /// </summary>
    public static async Task<string> AddColleagueAsync(PortalFactory factory, string member,
        CompanyRoles roles = CompanyRoles.All & ~CompanyRoles.Administrator, long? approvalLimit = null)
    {
        var email = $"colleague-{Guid.NewGuid():N}"[..20] + $"@{member.Split('@')[1]}";
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var organizationId = (await users.FindByEmailAsync(member))!.OrganizationId;
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Sam Colleague", OrganizationId = organizationId, CreatedUtc = DateTime.UtcNow,
            CompanyRoles = roles, ApprovalLimitMinorUnits = approvalLimit,
        };
        Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Customer);
        return email;
    }
}
