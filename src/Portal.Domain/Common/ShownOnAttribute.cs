namespace Portal.Domain.Common;

/// <summary>
/// Which of the pages the portal keeps ready-made show a persisted type's rows, so that saving one retires them (see
/// <see cref="ShownOn"/>). Every persisted type says so, <see cref="ShownOn.NoKeptPage"/> when none does: a test walks the
/// database model for a type that forgot.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ShownOnAttribute(ShownOn pages) : Attribute
{
    public ShownOn Pages { get; } = pages;

    /// <summary>With <see cref="ShownOn.OwnOrganization"/>: the property that holds the id of the organization whose pages show the row.</summary>
    public string? Organization { get; set; }
}

/// <summary>The groups of pages kept ready-made, each retired as a whole when a save changes what it shows.</summary>
[Flags]
public enum ShownOn
{
    NoKeptPage = 0,

    /// <summary>The catalog's pages and the API's catalog: products and free supply.</summary>
    Catalog = 1,

    /// <summary>Every customer's waitlist page: places in lines move with anyone's entry and with supply.</summary>
    Waitlists = 2,

    /// <summary>The staff's review queue: quotes with their customers' and people's names.</summary>
    ReviewQueue = 4,

    /// <summary>An organization's own pages (its company, sites, people, quotes, waitlist entries, deposits).</summary>
    OwnOrganization = 8,
}
