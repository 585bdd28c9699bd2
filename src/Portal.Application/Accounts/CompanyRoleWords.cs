using Portal.Application.Common;
using Portal.Domain.Common;

namespace Portal.Application.Accounts;

/// <summary>A person's company roles in words, for the colleagues page and the audit log.</summary>
public static class CompanyRoleWords
{
    private static readonly CompanyRoles[] Each = [CompanyRoles.Administrator, CompanyRoles.Requester, CompanyRoles.Approver, CompanyRoles.Finance];

    /// <summary>"Requester, Approver up to USD 250,000.00", or "no role".</summary>
    public static string Of(CompanyRoles roles, Money? approvalLimit)
    {
        var words = Each.Where(role => roles.HasFlag(role))
            .Select(role => role == CompanyRoles.Approver && approvalLimit is { } limit ? $"Approver up to {limit}" : role.ToString())
            .ToList();
        return words.Count == 0 ? "no role" : string.Join(", ", words);
    }
}
