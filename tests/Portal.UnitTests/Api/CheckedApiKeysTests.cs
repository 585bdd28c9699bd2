using Portal.Application.Api;
using Portal.Domain.Api;

namespace Portal.UnitTests.Api;

/// <summary>A call reuses a key found usable a moment ago, never across a save of a key, an account or a company.</summary>
public sealed class CheckedApiKeysTests
{
    private static readonly ApiKey Key = ApiKey.Create("ERP", ApiScopes.Read, "user-1", 7, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)).Key;

    [Fact]
    public void AFindingServesTheSamePrefixUntilAKeyAccountOrCompanyIsSaved()
    {
        var keys = new CheckedApiKeys();
        keys.Found(Key, keys.Changes);

        Assert.Same(Key, keys.UsableKey(Key.Prefix));
        Assert.Null(keys.UsableKey("0123456789ab"));

        keys.Changed();

        Assert.Null(keys.UsableKey(Key.Prefix));
    }

    [Fact]
    public void AFindingMadeWhileAKeyWasSavedServesNothing()
    {
        var keys = new CheckedApiKeys();
        var changesBefore = keys.Changes;
        keys.Changed();

        keys.Found(Key, changesBefore);

        Assert.Null(keys.UsableKey(Key.Prefix));
    }
}
