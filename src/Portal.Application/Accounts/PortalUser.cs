using Microsoft.AspNetCore.Identity;
using Portal.Application.Common;
using Portal.Domain.Common;

namespace Portal.Application.Accounts;

/// <summary>A person who signs in: a customer of one organization, or a member of the vendor's staff.</summary>
[ShownOn(ShownOn.ReviewQueue | ShownOn.OwnOrganization, Organization = nameof(OrganizationId))]
public sealed class PortalUser : IdentityUser
{
    public const int FullNameMaxLength = 100;
    public const int EmailMaxLength = 256;

    public string FullName { get; set; } = string.Empty;

    /// <summary>The customer organization the user belongs to; null for staff.</summary>
    public int? OrganizationId { get; set; }

    /// <summary>The organization's first user, who may invite colleagues.</summary>
    public bool IsOrganizationOwner { get; set; }

    /// <summary>What the user may do in their customer company; none for staff.</summary>
    public CompanyRoles CompanyRoles { get; set; }

    /// <summary>The largest quote total an approver may accept, in the vendor currency's minor units; null for no limit.</summary>
    public long? ApprovalLimitMinorUnits { get; set; }

    public DateTime CreatedUtc { get; set; }
}
