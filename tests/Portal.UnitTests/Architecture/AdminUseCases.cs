using System.Reflection;
using System.Text.RegularExpressions;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Portal.Application.Common;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// The admin entities' use cases (webhooks, API keys, the catalog's products and supply, destination rules, the
/// restricted-party lists, export holds, the audit log) take the one shape of .docs/add-a-feature.md: a folder per
/// action whose handler has one <c>HandleAsync</c>, and audit rows of a typed action declared once, never a string.
/// The other features join the list as they take the same shape.
/// </summary>
public sealed class AdminUseCases
{
    private const string Shaped =
        @"^Portal\.Application\.(Webhooks|Api|Catalog|Compliance\.Rules|Compliance\.Exports|Compliance\.Screenings\.\w+ScreeningList|Auditing)(\.|$)";

    private static readonly Assembly Application = typeof(global::Portal.Application.DependencyInjection).Assembly;

    [Fact]
    public void WriteNoAuditRowByAString() =>
        Types().That().ResideInNamespaceMatching(Shaped).Should().NotDependOnAny(typeof(AuditExtensions))
            .Check(new ArchLoader().LoadAssemblies(Application).Build());

    [Fact]
    public void HaveHandlersOfOneAction()
    {
        var handlers = Application.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Handler", StringComparison.Ordinal) && Regex.IsMatch(t.Namespace ?? "", Shaped))
            .ToList();
        var plural = handlers
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name).Distinct()
                .ToList() is not ["HandleAsync"])
            .Select(t => t.FullName).Order().ToList();

        Assert.NotEmpty(handlers);
        Assert.True(plural.Count == 0, $"A handler does one thing, in HandleAsync: split {string.Join(", ", plural)} into a folder per action.");
    }
}
