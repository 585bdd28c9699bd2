using Portal.Application.Accounts;
using Portal.Application.Accounts.Invitations;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations.Pages;

/// <summary>A colleague as the page shows them: their roles in words, and the form's values for an administrator.</summary>
public sealed record Colleague(OrganizationMember Member, string RolesText, bool Administrator, bool Requester, bool Approver,
    bool Finance, decimal? ApprovalLimit);

/// <param name="IsAdministrator">Whether the reader may invite colleagues and change their roles.</param>
/// <param name="InviteRefusal">Why the company cannot invite yet (awaiting approval, suspended, in review); null when it can.</param>
public sealed record ColleaguesPage(IReadOnlyList<Colleague> Colleagues, bool IsAdministrator, string? InviteRefusal, string Currency)
{
    public bool CanInvite => IsAdministrator && InviteRefusal is null;
}

/// <summary>The company's colleagues with their roles, for the Colleagues page.</summary>
public sealed class ColleaguesPageQuery(OrganizationQueries organizations, IPortalDb db, VendorProfile vendor)
{
    public async Task<ColleaguesPage> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var (organization, members) = await organizations.GetAsync(actor.CustomerOrganizationId, cancellationToken);
        var colleagues = members.Select(member => new Colleague(member,
            CompanyRoleWords.Of(member.Roles, Limit(member)),
            member.Roles.HasFlag(CompanyRoles.Administrator), member.Roles.HasFlag(CompanyRoles.Requester),
            member.Roles.HasFlag(CompanyRoles.Approver), member.Roles.HasFlag(CompanyRoles.Finance),
            Limit(member)?.Major)).ToList();
        return new ColleaguesPage(colleagues, await db.IsCompanyAdministratorAsync(actor, cancellationToken),
            OrderingRefusal.Of(organization, InviteUserHandler.WhatInvites), vendor.Currency);
    }

    private Money? Limit(OrganizationMember member) =>
        member.ApprovalLimitMinorUnits is { } limit ? new Money(limit, vendor.Currency) : null;
}
