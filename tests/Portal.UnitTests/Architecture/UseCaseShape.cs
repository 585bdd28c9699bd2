using System.Reflection;
using System.Text.RegularExpressions;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// Every use case takes the one shape of .docs/add-a-feature.md: a folder per action whose handler has one
/// <c>HandleAsync</c> (an event handler is an <c>IHandles</c>, not a use case, and is not named *Handler).
/// </summary>
public sealed class UseCaseShape
{
    private const string Shaped = @"^Portal\.Application\.";

    private static readonly Assembly Application = typeof(global::Portal.Application.DependencyInjection).Assembly;

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
