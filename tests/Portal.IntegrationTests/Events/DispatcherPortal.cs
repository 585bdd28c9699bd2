using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Events;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Events;

/// <summary>
/// A portal with two handlers of its own beside the real ones, each acting only on quotes whose notes carry its mark:
/// one that raises an event while it handles one, and one that fails.
/// </summary>
public abstract class DispatcherPortal(DatabaseKind database) : PortalFixture(database)
{
    /// <summary>A claimed quote with this in its notes has its delivery moved a quarter later by the claim's handler.</summary>
    public const string MoveOnClaim = "[move on claim]";

    /// <summary>Saving this in a draft's notes makes the handler of the saved details throw.</summary>
    public const string FailOnDetails = "[fail on details]";

    protected override Action<IServiceCollection> Services => services =>
    {
        services.AddScoped<IHandles<QuoteClaimed>, MovingOnClaim>();
        services.AddScoped<IHandles<DetailsSaved>, FailingOnDetails>();
    };

    private sealed class MovingOnClaim : IHandles<QuoteClaimed>
    {
        public Task HandleAsync(QuoteClaimed happened, CancellationToken cancellationToken)
        {
            if (happened.Quote.Notes.Contains(MoveOnClaim, StringComparison.Ordinal))
            {
                happened.Quote.MoveDelivery(happened.Quote.RequestedQuarter!.Value.Plus(1), happened.OccurredUtc);
            }
            return Task.CompletedTask;
        }
    }

    private sealed class FailingOnDetails : IHandles<DetailsSaved>
    {
        public Task HandleAsync(DetailsSaved happened, CancellationToken cancellationToken) =>
            happened.Quote.Notes.Contains(FailOnDetails, StringComparison.Ordinal)
                ? throw new InvalidOperationException("A handler failed.")
                : Task.CompletedTask;
    }
}

public sealed class SqliteDispatcherPortal() : DispatcherPortal(DatabaseKind.Sqlite);

public sealed class PostgresDispatcherPortal() : DispatcherPortal(DatabaseKind.Postgres);
