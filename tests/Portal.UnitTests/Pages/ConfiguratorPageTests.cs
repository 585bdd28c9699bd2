using Portal.Application.Quotes.Pages;
using Portal.Web.Areas.Customer.Controllers;

namespace Portal.UnitTests.Pages;

public sealed class ConfiguratorPageTests
{
    /// <summary>The configurator composes no page itself: it reads it through its one page query; its one action that saves takes its use case.</summary>
    [Fact]
    public void TheConfiguratorReadsItsPageThroughOnePageQuery()
    {
        var services = typeof(ConfiguratorController).GetConstructors().Single().GetParameters().Select(p => p.ParameterType).ToList();

        Assert.Single(services);
        Assert.Contains(typeof(ConfiguratorPageQuery), services);
    }
}
