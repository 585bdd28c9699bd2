namespace Portal.Application.Common;

/// <summary>The signed-in person a use case acts for.</summary>
public sealed record Actor(string UserId, string Name, int? OrganizationId, IReadOnlySet<string> Roles)
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

    /// <summary>The customer's organization, for use cases only customers reach; staff get a 403.</summary>
    public int CustomerOrganizationId =>
        OrganizationId ?? throw new NotAllowedException("Only a customer of an organization can do this.");
}
