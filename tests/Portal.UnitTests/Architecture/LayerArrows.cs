using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using Assembly = System.Reflection.Assembly;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// The arrows between the layers: Domain depends on nothing of ours and on no framework; Application on Domain (and
/// EF Core, and Identity's core types), never on the web stack; Web reaches Infrastructure only where it puts the
/// portal together, everything else through Application. (That Application names nothing of Infrastructure or Web the
/// project references hold already: either would be a circular reference.)
/// </summary>
public sealed class LayerArrows
{
    private static readonly Assembly Domain = typeof(global::Portal.Domain.Quotes.Quote).Assembly;
    private static readonly Assembly Application = typeof(global::Portal.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(global::Portal.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Web = typeof(global::Portal.Web.DependencyInjection).Assembly;

    private static readonly ArchUnitNET.Domain.Architecture Portal =
        new ArchLoader().LoadAssemblies(Domain, Application, Infrastructure, Web).Build();

    [Fact]
    public void DomainDependsOnNothingButTheBaseLibrary() =>
        Types().That().ResideInAssembly(Domain).Should().NotDependOnAnyTypesThat()
            .ResideInAssemblyMatching(@"^(?!(Portal\.Domain|System(\.[\w.]+)?|netstandard)(,|$))")
            .Check(Portal);

    /// <summary>
    /// Identity's core types (<c>UserManager</c>, <c>IdentityUser</c>, <c>IdentityResult</c>) live in the namespace
    /// <c>Microsoft.AspNetCore.Identity</c> but come from Microsoft.Extensions.Identity.Core and .Stores, which run
    /// without the web stack: the account use cases make users and check passwords through them, as any host could.
    /// Everything else under <c>Microsoft.AspNetCore</c> (HTTP, MVC, authentication, Identity's sign-in) is the web's.
    /// </summary>
    [Fact]
    public void ApplicationUsesNoWebStack() =>
        Types().That().ResideInAssembly(Application).Should().NotDependOnAnyTypesThat()
            .ResideInAssemblyMatching(@"^Microsoft\.AspNetCore\.")
            .Check(Portal);

    /// <summary>
    /// What puts the portal together (the entry point, the registrations, the settings checked before the start and the
    /// Stripe stand-in of offline runs) names Infrastructure's types; every other type of Web reaches Infrastructure's
    /// work through Application's interfaces.
    /// </summary>
    [Fact]
    public void WebReachesInfrastructureOnlyWhereItPutsThePortalTogether() =>
        Types().That().ResideInAssembly(Web).And().DoNotHaveFullNameMatching(CompositionRoot)
            .Should().NotDependOnAnyTypesThat().ResideInAssembly(Infrastructure)
            .Check(Portal);

    private const string CompositionRoot =
        @"^(Program|Portal\.Web\.(DependencyInjection|Common\.StartupRequirements|Payments\.StandInRunner))([+/<].*)?$";
}
