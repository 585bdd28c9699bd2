using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Auditing;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations.Events;

/// <summary>
/// Writes each organization event's audit row for the actor of the unit of work; a screening's hold is the portal's
/// own step, whoever's change led to the screening.
/// </summary>
/// <remarks>
/// A new company's events reach it after the insert that gives it an id; those recorded before its first save
/// (<see cref="OrganizationEvent.BeforeFirstSave"/>) are how it was made, not a step of its history, and write no row.
/// </remarks>
public sealed class OrganizationAuditTrail(IPortalDb db, Acting acting, TimeProvider clock) : IHandles<OrganizationEvent>
{
    public Task HandleAsync(OrganizationEvent happened, CancellationToken cancellationToken)
    {
        if (happened.BeforeFirstSave)
        {
            return Task.CompletedTask;
        }
        var (action, from, to, reason) = RowOf(happened);
        var actor = happened is HeldForScreening ? Actor.System : acting.Actor;
        db.Record(clock.GetUtcNow().UtcDateTime, actor.Name, happened.Organization.Id, action, from, to, reason);
        return Task.CompletedTask;
    }

    private static (AuditAction Action, string? From, string? To, string? Reason) RowOf(OrganizationEvent happened)
    {
        var (from, to) = (happened.From.ToString(), happened.To.ToString());
        return happened switch
        {
            OrganizationApproved => (OrganizationAudit.Approved, from, to, null),
            OrganizationSuspended suspended => (OrganizationAudit.Suspended, from, to, suspended.Reason),
            OrganizationReinstated => (OrganizationAudit.Reinstated, from, to, null),
            OrganizationTierChanged changed => (OrganizationAudit.TierChanged, changed.FromTier.ToString(), changed.Organization.Tier.ToString(), null),
            HeldForScreening held => (OrganizationAudit.ScreeningHeld, null, held.Evidence, null),
            ScreeningCleared cleared => (OrganizationAudit.ScreeningCleared, PossibleMatch(cleared.ScreenedName), cleared.Finding, null),
            ScreeningConfirmed confirmed => (OrganizationAudit.ScreeningConfirmed, PossibleMatch(confirmed.ScreenedName), confirmed.Finding, null),
            SiteAdded added => (OrganizationAudit.SiteAdded, null, Described(added.Site), null),
            SiteChanged changed => (OrganizationAudit.SiteChanged, null, Described(changed.Site), null),
            SiteRemoved removed => (OrganizationAudit.SiteRemoved, removed.SiteName, null, null),
            BillingAddressSaved saved => (OrganizationAudit.BillingAddressSaved, null, AddressFormat.Text(saved.Address), null),
            BillingAddressRemoved removed => (OrganizationAudit.BillingAddressRemoved, AddressFormat.Text(removed.Address), null, null),
            BillingDetailsChanged changed => (OrganizationAudit.BillingDetailsChanged, null, PurchaseOrderRule(changed.Organization), null),
            _ => throw new InvalidOperationException($"No audit row is defined for {happened.GetType().Name}."),
        };
    }

    private static string PurchaseOrderRule(Organization organization) =>
        $"Tax id {organization.TaxId}; " + (organization.RequiresPurchaseOrder ? "a purchase order is required to accept" : "no purchase order required");

    private static string PossibleMatch(string screenedName) => $"'{screenedName}' possible match";

    private static string Described(Site site) =>
        $"{site.Name}, {site.City} {site.CountryCode}, {site.PowerAvailableKw} kW, {site.Cooling} cooling";
}
