using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// What a save does beside writing rows is declared on the types it concerns: every persisted type of ours says which
/// kept pages show it, so a new one cannot be forgotten. The framework's own tables (Identity's roles, claims, logins
/// and tokens; the data-protection keys) are shown on no page.
/// </summary>
public sealed class PersistedTypes
{
    private static readonly IReadOnlyList<IEntityType> Ours = OursIn(
        new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=:memory:").Options).Model);

    [Fact]
    public void EveryOneSaysWhichKeptPagesShowIt()
    {
        var silent = Ours.Where(t => t.ClrType.GetCustomAttribute<ShownOnAttribute>() is null).Select(t => t.ClrType.Name).Order().ToList();

        Assert.True(silent.Count == 0, $"Say [ShownOn] on {string.Join(", ", silent)}.");
    }

    [Fact]
    public void OneShownOnItsOrganizationsPagesNamesThePropertyThatHoldsTheOrganization()
    {
        var unnamed = Ours.Select(t => (Type: t.ClrType, Shown: t.ClrType.GetCustomAttribute<ShownOnAttribute>()))
            .Where(t => t.Shown is not null && t.Shown.Pages.HasFlag(ShownOn.OwnOrganization) != (PageTags.OrganizationProperty(t.Type, t.Shown) is not null))
            .Select(t => t.Type.Name).Order().ToList();

        Assert.True(unnamed.Count == 0, $"Name an int property with the organization's id beside OwnOrganization (or drop it) on {string.Join(", ", unnamed)}.");
    }

    [Fact]
    public void TheModelHoldsTypesOfOurs() =>
        Assert.Contains(Ours, t => t.ClrType == typeof(global::Portal.Domain.Quotes.Quote));

    private static List<IEntityType> OursIn(IModel model) =>
        model.GetEntityTypes().Where(t => t.ClrType.Namespace?.StartsWith("Portal.", StringComparison.Ordinal) == true).ToList();
}
