namespace Portal.IntegrationTests.Support;

/// <summary>Another portal's database, for a second start on it: the first portal's factory drops it, not this one.</summary>
public sealed class SharedDatabase(TestDatabase database) : TestDatabase
{
    public override string Provider => database.Provider;

    public override string? ConnectionString => database.ConnectionString;

    public override void Dispose()
    {
    }
}
