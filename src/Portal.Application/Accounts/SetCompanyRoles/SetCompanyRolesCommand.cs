using Portal.Application.Common;

namespace Portal.Application.Accounts.SetCompanyRoles;

/// <summary>A company's administrator sets what a colleague may do; the limit is in the vendor's currency, none for no limit.</summary>
public sealed record SetCompanyRolesCommand(string UserId, bool Administrator, bool Requester, bool Approver, bool Finance, decimal? ApprovalLimit)
{
    public CompanyRoles Roles =>
        (Administrator ? CompanyRoles.Administrator : CompanyRoles.None)
        | (Requester ? CompanyRoles.Requester : CompanyRoles.None)
        | (Approver ? CompanyRoles.Approver : CompanyRoles.None)
        | (Finance ? CompanyRoles.Finance : CompanyRoles.None);
}
