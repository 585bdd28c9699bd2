using Microsoft.AspNetCore.Authorization;
using Portal.Application.Common;

namespace Portal.Web.Accounts;

/// <summary>
/// Lets only customers who hold <paramref name="role"/> in their company reach an action; anyone else gets the friendly
/// 403 page before the form is read. The use case checks the role again (<see cref="Actor.CustomerWith"/>), for the API.
/// </summary>
public sealed class CompanyRoleAttribute(CompanyRoles role) : AuthorizeAttribute(CompanyRolePolicies.For(role));

public static class CompanyRolePolicies
{
    public static string For(CompanyRoles role) => "Company" + role;

    public static AuthorizationBuilder AddCompanyRolePolicies(this AuthorizationBuilder authorization)
    {
        foreach (var role in new[] { CompanyRoles.Administrator, CompanyRoles.Requester, CompanyRoles.Approver, CompanyRoles.Finance })
        {
            authorization.AddPolicy(For(role), policy => policy.RequireRole(PortalRoles.Customer)
                .RequireAssertion(context => context.User.Holds(role)));
        }
        return authorization;
    }
}
