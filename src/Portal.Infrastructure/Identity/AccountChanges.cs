using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Api;
using Portal.Domain.Api;
using Portal.Domain.Organizations;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// Tells <see cref="CheckedSessions"/> and <see cref="CheckedApiKeys"/> when a save touches a person's account, a company
/// or an API key: as the save begins and as it (or its transaction) ends, so that no session or key found current in
/// between outlives the change.
/// </summary>
public sealed class AccountChanges(CheckedSessions sessions, CheckedApiKeys keys) : SaveEndInterceptor
{
    protected override bool Touches(DbContext context) =>
        context.ChangeTracker.Entries().Any(e => e.Entity is PortalUser or Organization or ApiKey && e.State is not EntityState.Unchanged);

    protected override void Began() => Changed();

    protected override void Ended(bool committed) => Changed();

    private void Changed()
    {
        sessions.AccountsChanged();
        keys.Changed();
    }
}
