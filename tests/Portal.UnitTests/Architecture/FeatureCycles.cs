using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// No two feature folders of Application (Quotes, Payments, Waitlist, Compliance, Accounts, Organizations, ...) need
/// each other: where one feature must move another, it records an event and a handler in the other's folder reacts.
/// <c>Common</c> is the shared kernel every feature may use, and is no feature.
/// </summary>
public sealed class FeatureCycles
{
    private const string Application = "Portal.Application.";

    /// <summary>
    /// The cycles that are still there, each as the pair of features in name order, with the types that close it. The
    /// test fails on a cycle not listed and on a listed one that is gone: take it off the list when it is broken.
    /// </summary>
    private static readonly HashSet<(string, string)> StillThere =
    [
        // Payments -> Waitlist: CancelWithRefundHandler offers the freed supply through WaitlistOffers;
        // Waitlist -> Payments: the join, change-quantity and leave handlers ask ReservationDeposits.
        ("Payments", "Waitlist"),
    ];

    private static readonly ArchUnitNET.Domain.Architecture Portal =
        new ArchLoader().LoadAssemblies(typeof(global::Portal.Application.DependencyInjection).Assembly).Build();

    [Fact]
    public void NoTwoFeaturesNeedEachOtherBeyondTheListedCycles()
    {
        var uses = Portal.Types.Select(t => (From: t, Feature: FeatureOf(t)))
            .Where(t => t.Feature is not null)
            .SelectMany(t => t.From.Dependencies.Select(d => (t.From, t.Feature, To: d.Target, ToFeature: FeatureOf(d.Target))))
            .Where(u => u.ToFeature is not null && u.ToFeature != u.Feature)
            .ToLookup(u => (u.Feature!, u.ToFeature!), u => $"{Name(u.From)} -> {Name(u.To)}");

        var cycles = uses.Select(u => u.Key).Where(k => string.CompareOrdinal(k.Item1, k.Item2) < 0 && uses.Contains((k.Item2, k.Item1))).ToHashSet();

        var added = cycles.Except(StillThere).Select(c => Describe(c, uses)).ToList();
        var broken = StillThere.Except(cycles).Select(c => $"{c.Item1} <-> {c.Item2}").ToList();
        Assert.True(added.Count == 0, $"New cycles between features (record an event instead):\n{string.Join("\n", added)}");
        Assert.True(broken.Count == 0, $"Broken, so take them off the list: {string.Join(", ", broken)}");
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

    private static string Describe((string A, string B) cycle, ILookup<(string, string), string> uses) =>
        $"{cycle.A} <-> {cycle.B}:\n  {string.Join("\n  ", uses[cycle].Distinct().Order())}\n  {string.Join("\n  ", uses[(cycle.B, cycle.A)].Distinct().Order())}";
}
