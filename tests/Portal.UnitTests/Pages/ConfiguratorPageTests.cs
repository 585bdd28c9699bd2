using Portal.Application.Quotes.Pages;
using Portal.Web.Areas.Customer.Controllers;

namespace Portal.UnitTests.Pages;

public sealed class ConfiguratorPageTests
{
    /// <summary>The configurator composes no page itself: it reads it through its one page query and saves through its use case.</summary>
    [Fact]
    public void TheConfiguratorReadsItsPageThroughOnePageQuery()
    {
        var services = typeof(ConfiguratorController).GetConstructors().Single().GetParameters().Select(p => p.ParameterType).ToList();

        Assert.Equal(2, services.Count);
        Assert.Contains(typeof(ConfiguratorPageQuery), services);
    }
}
