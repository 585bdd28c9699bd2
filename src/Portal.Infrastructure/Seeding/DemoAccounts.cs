using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Infrastructure.Seeding;

/// <summary>The demo's companies and people; the README lists the same sign-ins.</summary>
public static class DemoAccounts
{
    public sealed record DemoSite(string Name, string City, string Country, int PowerKw, CoolingType Cooling);

    public sealed record DemoCompany(string Name, string Country, OrganizationTier Tier, OrganizationStatus Status,
        DemoSite Site, DemoPerson Owner);

    public sealed record DemoPerson(string Email, string FullName, string Role);

    public static readonly DemoPerson Admin = new("admin@northwind.example", "Avery Admin", PortalRoles.Admin);
    public static readonly DemoPerson Sales = new("sales@northwind.example", "Sam Sales", PortalRoles.Sales);
    public static readonly DemoPerson Compliance = new("compliance@northwind.example", "Casey Compliance", PortalRoles.Compliance);

    public static readonly IReadOnlyList<DemoCompany> Companies =
    [
        new("Helios AI Labs", "US", OrganizationTier.Strategic, OrganizationStatus.Active,
            new DemoSite("Ashburn DC1", "Ashburn", "US", 12_000, CoolingType.Liquid),
            new DemoPerson("buyer@helios.example", "Harper Quinn", PortalRoles.Customer)),
        new("Fjord Compute AS", "NO", OrganizationTier.Standard, OrganizationStatus.Active,
            new DemoSite("Rjukan Hall A", "Rjukan", "NO", 6_000, CoolingType.Air),
            new DemoPerson("buyer@fjord.example", "Ingrid Fjeld", PortalRoles.Customer)),
        new("QuantaForge Analytics GmbH", "DE", OrganizationTier.Standard, OrganizationStatus.Pending,
            new DemoSite("Frankfurt FRA-3", "Frankfurt am Main", "DE", 3_000, CoolingType.Air),
            new DemoPerson("owner@quantaforge.example", "Jonas Weber", PortalRoles.Customer)),
        // Its name is close to an entry of the demo's restricted-party list: it waits on the compliance officer's review.
        new("Borealis Dynamics Trading LLC", "AE", OrganizationTier.Standard, OrganizationStatus.Active,
            new DemoSite("Jebel Ali DC", "Dubai", "AE", 4_000, CoolingType.Liquid),
            new DemoPerson("buyer@borealis.example", "Rami Haddad", PortalRoles.Customer)),
    ];

    /// <summary>A colleague of a company's first user, with the roles the first user gave them.</summary>
    public sealed record DemoColleague(DemoPerson Person, CompanyRoles Roles, long? ApprovalLimitMinorUnits = null);

    /// <summary>
    /// Helios's colleagues, one per company role: the first approver's limit (USD 250,000.00) is below Helios's issued
    /// quote, which the second approver (no limit) may accept.
    /// </summary>
    public static readonly IReadOnlyList<DemoColleague> HeliosColleagues =
    [
        new(new DemoPerson("requester@helios.example", "Riley Chen", PortalRoles.Customer), CompanyRoles.Requester),
        new(new DemoPerson("approver@helios.example", "Morgan Diaz", PortalRoles.Customer), CompanyRoles.Approver, 250_000_00),
        new(new DemoPerson("cfo@helios.example", "Dana Okafor", PortalRoles.Customer), CompanyRoles.Approver),
        new(new DemoPerson("finance@helios.example", "Jordan Lee", PortalRoles.Customer), CompanyRoles.Finance),
    ];

    /// <summary>A company's billing address (its state where the country needs one) and tax id, and whether it requires a purchase order number to accept.</summary>
    public sealed record DemoBilling(string Street, string PostalCode, string City, string TaxId, bool RequiresPurchaseOrder = false, string? Region = null);

    /// <summary>The billing details of the demo's companies, by name; each tax id has its country's format.</summary>
    public static readonly IReadOnlyDictionary<string, DemoBilling> BillingOf = new Dictionary<string, DemoBilling>
    {
        ["Helios AI Labs"] = new("1200 Innovation Drive, Suite 400", "20147", "Ashburn", "84-2910475", Region: "VA"),
        ["Fjord Compute AS"] = new("Storgata 12", "3660", "Rjukan", "NO 923 456 789 MVA"),
        ["QuantaForge Analytics GmbH"] = new("Mainzer Landstraße 50", "60325", "Frankfurt am Main", "DE 298 765 432"),
        ["Borealis Dynamics Trading LLC"] = new("Jebel Ali Free Zone, Building 7", "17000", "Dubai", "100234567800003"),
    };

    public static IEnumerable<DemoPerson> Everyone =>
        new[] { Admin, Sales, Compliance }.Concat(Companies.Select(c => c.Owner)).Concat(HeliosColleagues.Select(c => c.Person));
}
