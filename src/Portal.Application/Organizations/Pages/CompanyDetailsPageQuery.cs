using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations.Pages;

/// <summary>A billing address as the page lists it: its lines in its country's order, and whether it is the default (which cannot be removed).</summary>
public sealed record BillingAddressRow(BillingAddress Address, IReadOnlyList<string> Lines)
{
    public bool CanRemove => !Address.IsDefault;
}

/// <param name="TaxIdHint">What a tax id of the company's country looks like.</param>
public sealed record CompanyDetailsPage(Organization Company, IReadOnlyList<BillingAddressRow> Addresses, string TaxIdHint);

/// <summary>The company's billing addresses, tax id and purchase-order rule, for its administrator's Company details page.</summary>
public sealed class CompanyDetailsPageQuery(IPortalDb db)
{
    public async Task<CompanyDetailsPage> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.CustomerWith(CompanyRoles.Administrator);
        var company = await db.Organizations.AsNoTracking().Include(o => o.BillingAddresses)
            .SingleAsync(o => o.Id == actor.CustomerOrganizationId, cancellationToken);
        var rows = company.BillingAddresses.OrderByDescending(a => a.IsDefault).ThenBy(a => a.Id)
            .Select(a => new BillingAddressRow(a, AddressFormat.Lines(a))).ToList();
        return new CompanyDetailsPage(company, rows, TaxIds.Describe(company.CountryCode));
    }

    /// <summary>One of the company's billing addresses, for its edit form; another company's, or an unknown id, is a 404.</summary>
    public async Task<BillingAddress> AddressAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.CustomerWith(CompanyRoles.Administrator);
        return await db.BillingAddresses.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id && a.OrganizationId == actor.CustomerOrganizationId, cancellationToken)
            ?? throw new NotFoundException("The billing address");
    }
}
