namespace Portal.Application.Common;

/// <summary>The signed-in person a use case acts for.</summary>
/// <param name="CompanyRoles">What a customer may do in their company; none for staff.</param>
/// <param name="ApprovalLimit">The largest quote total an approver may accept, in minor units; null for no limit.</param>
public sealed record Actor(string UserId, string Name, int? OrganizationId, IReadOnlySet<string> Roles,
    CompanyRoles CompanyRoles = CompanyRoles.None, long? ApprovalLimit = null)
{
    /// <summary>The portal itself, for what its jobs do (expiring quotes, offering waitlist supply).</summary>
    public static readonly Actor System = new("system", "Portal", null, new HashSet<string>());

    public bool IsStaff => PortalRoles.IsStaff(Roles.Contains);

    public bool IsAdmin => Roles.Contains(PortalRoles.Admin);

    /// <summary>For use cases only sales and admins reach; anyone else gets a 403.</summary>
    public void EnsureStaff()
    {
        if (!IsStaff)
        {
            throw new NotAllowedException("Only sales and admins can do this.");
        }
    }

    /// <summary>For use cases only admins reach; anyone else gets a 403.</summary>
    public void EnsureAdmin()
    {
        if (!IsAdmin)
        {
            throw new NotAllowedException("Only admins can do this.");
        }
    }

    /// <summary>For calls only customers make, before their request is judged: staff get a 403, not a 400.</summary>
    public void EnsureCustomer() => _ = CustomerOrganizationId;

    /// <summary>
    /// The customer's organization, for use cases only a customer holding <paramref name="role"/> reaches; anyone else
    /// gets a 403 that names the missing role.
    /// </summary>
    public int CustomerWith(CompanyRoles role)
    {
        var organizationId = CustomerOrganizationId;
        if (!CompanyRoles.HasFlag(role))
        {
            throw new NotAllowedException(MissingRole(role));
        }
        return organizationId;
    }

    /// <summary>
    /// For use cases staff reach, and customers who hold <paramref name="roles"/> (any one of them, when several are
    /// named); anyone else gets a 403 that names them.
    /// </summary>
    public void EnsureStaffOr(CompanyRoles roles)
    {
        if (!IsStaff && (CompanyRoles & roles) == CompanyRoles.None)
        {
            _ = CustomerOrganizationId;
            throw new NotAllowedException(MissingRole(roles));
        }
    }

    /// <summary>
    /// The refusal for a customer without <paramref name="role"/> (or without any of several roles), in the words pages
    /// and the API answer.
    /// </summary>
    public static string MissingRole(CompanyRoles role) =>
        $"This needs the {string.Join(" or ", EachOf(role))} role in your company. Your company's administrator gives roles on the Colleagues page.";

    private static IEnumerable<CompanyRoles> EachOf(CompanyRoles roles) =>
        Enum.GetValues<CompanyRoles>().Where(r => r is not CompanyRoles.None and not CompanyRoles.All && roles.HasFlag(r));

    /// <summary>The customer's organization, for use cases only customers reach; staff get a 403.</summary>
    public int CustomerOrganizationId =>
        OrganizationId ?? throw new NotAllowedException("Only a customer of an organization can do this.");
}
