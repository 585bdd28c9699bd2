using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations;

public static class OwnBillingAddresses
{
    /// <summary>The customer's company with its billing addresses, to change them.</summary>
    public static async Task<Organization> OwnBillingAddressesAsync(this IPortalDb db, int organizationId, CancellationToken cancellationToken) =>
        await db.Organizations.Include(o => o.BillingAddresses).SingleAsync(o => o.Id == organizationId, cancellationToken);

    /// <summary>One of the company's billing addresses; another company's, or an unknown id, is a 404.</summary>
    public static BillingAddress OwnBillingAddress(this Organization organization, int id) =>
        organization.BillingAddresses.SingleOrDefault(a => a.Id == id) ?? throw new NotFoundException("The billing address");
}
