using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// No two feature folders of Application (Quotes, Payments, Waitlist, Compliance, Accounts, Organizations, ...) need
/// each other: where one feature must move another, it records an event and a handler in the other's folder reacts,
/// or it asks through a port of <c>Common</c> that the other provides. <c>Common</c> is the shared kernel every feature
/// may use, and is no feature.
/// </summary>
public sealed class FeatureCycles
{
    private const string Application = "Portal.Application.";

    private static readonly ArchUnitNET.Domain.Architecture Portal =
        new ArchLoader().LoadAssemblies(typeof(global::Portal.Application.DependencyInjection).Assembly).Build();

    [Fact]
    public void NoTwoFeaturesNeedEachOther()
    {
        var uses = Portal.Types.Select(t => (From: t, Feature: FeatureOf(t)))
            .Where(t => t.Feature is not null)
            .SelectMany(t => t.From.Dependencies.Select(d => (t.From, t.Feature, To: d.Target, ToFeature: FeatureOf(d.Target))))
            .Where(u => u.ToFeature is not null && u.ToFeature != u.Feature)
            .ToLookup(u => (u.Feature!, u.ToFeature!), u => $"{Name(u.From)} -> {Name(u.To)}");

        var needs = uses.Select(u => u.Key).ToLookup(k => k.Item1, k => k.Item2);

        var circle = needs.Select(n => CircleFrom(n.Key, needs)).FirstOrDefault(c => c is not null);

        Assert.True(circle is null, $"Features that need each other in a circle (record an event instead):\n{Describe(circle, uses)}");
    }

    [Fact]
    public void ACircleThroughThreeFeaturesIsFound()
    {
        var needs = new[] { ("Quotes", "Payments"), ("Payments", "Waitlist"), ("Waitlist", "Quotes") }.ToLookup(n => n.Item1, n => n.Item2);

        Assert.Equal(["Payments", "Waitlist", "Quotes", "Payments"], CircleFrom("Payments", needs));
    }

    /// <summary>A path of needs from the feature back to itself, or null when none leads back.</summary>
    private static IReadOnlyList<string>? CircleFrom(string start, ILookup<string, string> needs)
    {
        var seen = new HashSet<string>();
        var paths = new Queue<List<string>>([[start]]);
        while (paths.TryDequeue(out var path))
        {
            foreach (var next in needs[path[^1]])
            {
                if (next == start)
                {
                    return [.. path, next];
                }
                if (seen.Add(next))
                {
                    paths.Enqueue([.. path, next]);
                }
            }
        }
        return null;
    }

    [Fact]
    public void TheAssemblyHoldsFeatures() =>
        Assert.Contains(Portal.Types, t => FeatureOf(t) == "Quotes");

    /// <summary>The folder under Application that a type lives in, or nothing for Common, the root and other assemblies.</summary>
    private static string? FeatureOf(IType type)
    {
        var name = type.Namespace.FullName;
        if (!name.StartsWith(Application, StringComparison.Ordinal))
        {
            return null;
        }
        var feature = name[Application.Length..].Split('.')[0];
        return feature == "Common" ? null : feature;
    }

    private static string Name(IType type) => type.FullName[Application.Length..].Split('+', '`')[0];

    private static string Describe(IReadOnlyList<string>? circle, ILookup<(string, string), string> uses) =>
        circle is null ? "" : string.Join("\n", circle.Zip(circle.Skip(1), (from, to) =>
            $"{from} -> {to}:\n  {string.Join("\n  ", uses[(from, to)].Distinct().Order())}"));
}
