using Portal.Infrastructure.Identity;

namespace Portal.IntegrationTests.Accounts;

/// <summary>A page view reuses a session found current a moment ago, never across a save of an account or a company.</summary>
public sealed class CheckedSessionsTests
{
    [Fact]
    public void AFindingServesTheSameStampUntilAnAccountIsSaved()
    {
        var sessions = new CheckedSessions();
        sessions.Found("user-1", "stamp-a", sessions.Changes);

        Assert.True(sessions.WasCurrent("user-1", "stamp-a"));
        Assert.False(sessions.WasCurrent("user-1", "stamp-b"));
        Assert.False(sessions.WasCurrent("user-2", "stamp-a"));

        sessions.AccountsChanged();

        Assert.False(sessions.WasCurrent("user-1", "stamp-a"));
    }

    [Fact]
    public void AFindingMadeWhileAnAccountWasSavedServesNothing()
    {
        var sessions = new CheckedSessions();
        var changesBefore = sessions.Changes;
        sessions.AccountsChanged();

        sessions.Found("user-1", "stamp-a", changesBefore);

        Assert.False(sessions.WasCurrent("user-1", "stamp-a"));
    }
}
