using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations;

/// <summary>An admin approves, suspends or reinstates an organization, or sets its tier; each change is audited.</summary>
public sealed class AdministerOrganizationHandler(IPortalDb db, UserManager<PortalUser> users, TimeProvider clock)
{
    public const string ChooseTier = "Choose Standard or Strategic.";

    public Task<Result> ApproveAsync(int id, Actor actor) =>
        ChangeStatusAsync(id, actor, "Approved", o => o.Approve());

    public Task<Result> ReinstateAsync(int id, Actor actor) =>
        ChangeStatusAsync(id, actor, "Reinstated", o => o.Reinstate());

    public async Task<Result> SuspendAsync(int id, string? reason, Actor actor)
    {
        var result = await ChangeStatusAsync(id, actor, "Suspended", o => o.Suspend(), reason);
        if (result.Succeeded)
        {
            // A new security stamp ends the members' sessions at the next validation.
            foreach (var member in await db.Users.Where(u => u.OrganizationId == id).ToListAsync())
            {
                await users.UpdateSecurityStampAsync(member);
            }
        }
        return result;
    }

    public async Task<Result> SetTierAsync(int id, OrganizationTier tier, Actor actor)
    {
        if (!Enum.IsDefined(tier))
        {
            return Result.Fail("Tier", ChooseTier);
        }
        var organization = await FindAsync(id);
        var before = organization.Tier;
        organization.SetTier(tier);
        db.Audit(clock.GetUtcNow().UtcDateTime, actor, "Organization", organization.Id.ToString(CultureInfo.InvariantCulture), "TierChanged", before.ToString(), tier.ToString());
        await db.SaveChangesAsync();
        return Result.Success;
    }

    private async Task<Result> ChangeStatusAsync(int id, Actor actor, string action, Action<Organization> change, string? reason = null)
    {
        var organization = await FindAsync(id);
        var before = organization.Status;
        try
        {
            change(organization);
        }
        catch (DomainException refused)
        {
            return Result.Fail(string.Empty, refused.Message);
        }
        db.Audit(clock.GetUtcNow().UtcDateTime, actor, "Organization", organization.Id.ToString(CultureInfo.InvariantCulture), action,
            before.ToString(), organization.Status.ToString(), reason);
        await db.SaveChangesAsync();
        return Result.Success;
    }

    private async Task<Organization> FindAsync(int id) =>
        await db.Organizations.SingleOrDefaultAsync(o => o.Id == id) ?? throw new NotFoundException("The organization");
}
