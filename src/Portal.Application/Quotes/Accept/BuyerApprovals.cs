using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Accept;

/// <summary>How a company accepts the quotes issued to it: its approval rule, and whether it requires a purchase order.</summary>
public sealed record AcceptanceTerms(BuyerApprovalRule Rule, bool PurchaseOrderRequired);

/// <summary>Where an issued quote stands with its company's approvals: given, still needed, and who may give the next.</summary>
/// <param name="StillNeeded">How many approvals must still come before the quote is accepted.</param>
/// <param name="WhoMayApprove">The company's approvers who may give the next one (not those who gave one already).</param>
/// <param name="Terms">The company's rule and purchase-order rule this state was judged by.</param>
public sealed record BuyerApprovalState(IReadOnlyList<BuyerApproval> Given, int Needed, int StillNeeded, IReadOnlyList<Approver> WhoMayApprove,
    AcceptanceTerms Terms)
{
    /// <summary>The next approval is the acceptance.</summary>
    public bool NextAccepts => StillNeeded == 1;
}

public sealed record Approver(string UserId, string Name, string? Email);

/// <summary>Reads a company's approval rule and the approvers who may approve an issued quote under it.</summary>
public sealed class BuyerApprovals(IPortalDb db)
{
    /// <summary>The company's rule (the one its administrator set, else the default) and its purchase-order rule, in one read.</summary>
    public async Task<AcceptanceTerms> TermsOfAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        var terms = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.RequiresPurchaseOrder, Rule = db.BuyerApprovalRules.FirstOrDefault(r => r.OrganizationId == o.Id) })
            .SingleAsync(cancellationToken);
        return new AcceptanceTerms(terms.Rule ?? BuyerApprovalRule.Default(organizationId), terms.RequiresPurchaseOrder);
    }

    /// <summary>The company with its billing addresses, and its terms, in one read: what an acceptance keeps and is judged by.</summary>
    public async Task<(Organization Company, AcceptanceTerms Terms)> CompanyOfAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        var buyer = await db.Organizations.AsNoTracking().Include(o => o.BillingAddresses).Where(o => o.Id == organizationId)
            .Select(o => new { Company = o, Rule = db.BuyerApprovalRules.FirstOrDefault(r => r.OrganizationId == o.Id) })
            .SingleAsync(cancellationToken);
        return (buyer.Company, new AcceptanceTerms(buyer.Rule ?? BuyerApprovalRule.Default(organizationId), buyer.Company.RequiresPurchaseOrder));
    }

    /// <summary>The quote's approvals at its issued total (<paramref name="total"/>), as saved, under its company's rule.</summary>
    public async Task<BuyerApprovalState> StateOfAsync(Quote quote, Money total, CancellationToken cancellationToken = default)
    {
        var given = await db.Quotes.AsNoTracking().Where(q => q.Id == quote.Id).SelectMany(q => q.BuyerApprovals)
            .Where(a => a.Revision == quote.Revision).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return await StateOfAsync(quote, total, given, cancellationToken);
    }

    /// <summary>The state with these approvals given to the quote's revision (a quote loaded with its approvals, before they are saved).</summary>
    public async Task<BuyerApprovalState> StateOfAsync(Quote quote, Money total, IReadOnlyList<BuyerApproval> given, CancellationToken cancellationToken = default)
    {
        var terms = await TermsOfAsync(quote.OrganizationId, cancellationToken);
        var needed = terms.Rule.ApprovalsNeededFor(total);
        var approvers = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == quote.OrganizationId && (u.CompanyRoles & CompanyRoles.Approver) == CompanyRoles.Approver)
            .OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Email, u.ApprovalLimitMinorUnits })
            .ToListAsync(cancellationToken);
        var who = approvers.Where(a => given.All(g => g.UserId != a.Id) && ApprovalAuthority.WithinLimit(a.ApprovalLimitMinorUnits, total, terms.Rule))
            .Select(a => new Approver(a.Id, a.FullName, a.Email)).ToList();
        return new BuyerApprovalState(given, needed, Math.Max(0, needed - given.Count), who, terms);
    }
}
