using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Accept;

/// <summary>Where an issued quote stands with its company's approvals: given, still needed, and who may give the next.</summary>
/// <param name="StillNeeded">How many approvals must still come before the quote is accepted.</param>
/// <param name="WhoMayApprove">The company's approvers who may give the next one (not those who gave one already).</param>
public sealed record BuyerApprovalState(IReadOnlyList<BuyerApproval> Given, int Needed, int StillNeeded, IReadOnlyList<Approver> WhoMayApprove)
{
    /// <summary>The next approval is the acceptance.</summary>
    public bool NextAccepts => StillNeeded == 1;
}

public sealed record Approver(string UserId, string Name, string? Email);

/// <summary>Reads a company's approval rule and the approvers who may approve an issued quote under it.</summary>
public sealed class BuyerApprovals(IPortalDb db)
{
    /// <summary>The company's rule: the one its administrator set, else the default.</summary>
    public async Task<BuyerApprovalRule> RuleOfAsync(int organizationId, CancellationToken cancellationToken = default) =>
        await db.BuyerApprovalRules.AsNoTracking().SingleOrDefaultAsync(r => r.OrganizationId == organizationId, cancellationToken)
        ?? BuyerApprovalRule.Default(organizationId);

    /// <summary>The quote's approvals at its issued total (<paramref name="total"/>), under its company's rule.</summary>
    public async Task<BuyerApprovalState> StateOfAsync(Quote quote, Money total, CancellationToken cancellationToken = default)
    {
        var rule = await RuleOfAsync(quote.OrganizationId, cancellationToken);
        var needed = rule.ApprovalsNeededFor(total);
        var given = quote.BuyerApprovals.Where(a => a.Revision == quote.Revision).ToList();
        var approvers = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == quote.OrganizationId && (u.CompanyRoles & CompanyRoles.Approver) == CompanyRoles.Approver)
            .OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Email, u.ApprovalLimitMinorUnits })
            .ToListAsync(cancellationToken);
        var who = approvers.Where(a => given.All(g => g.UserId != a.Id) && ApprovalAuthority.WithinLimit(a.ApprovalLimitMinorUnits, total, rule))
            .Select(a => new Approver(a.Id, a.FullName, a.Email)).ToList();
        return new BuyerApprovalState(given, needed, Math.Max(0, needed - given.Count), who);
    }
}
