using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Domain.Organizations;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// Tells <see cref="CheckedSessions"/> when a save touches a person's account or a company: as the save begins and as
/// it (or its transaction) ends, so that no session found current in between outlives the change.
/// </summary>
public sealed class AccountChanges(CheckedSessions sessions) : SaveEndInterceptor
{
    protected override bool Touches(DbContext context) =>
        context.ChangeTracker.Entries().Any(e => e.Entity is PortalUser or Organization && e.State is not EntityState.Unchanged);

    protected override void Began() => sessions.AccountsChanged();

    protected override void Ended(bool committed) => sessions.AccountsChanged();
}
