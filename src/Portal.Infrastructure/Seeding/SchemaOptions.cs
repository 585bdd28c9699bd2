namespace Portal.Infrastructure.Seeding;

public sealed class SchemaOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Apply pending migrations at start (the default). Off, where migrations are applied before a release rolls out:
    /// an instance that finds the database behind its migrations then refuses to start and names them.
    /// </summary>
    public bool MigrateAtStart { get; set; } = true;
}
