using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Pages;
using Portal.Application.Quotes.Submit;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Composition;

/// <summary>The use cases are registered by convention: every controller gets what it takes, with the lifetime it needs.</summary>
public sealed class ServiceRegistrationTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public void EveryControllerGetsWhatItTakes()
    {
        var controllers = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        using var scope = portal.Factory.Services.CreateScope();

        var unresolved = controllers
            .SelectMany(c => c.GetConstructors().SelectMany(k => k.GetParameters()).Select(p => (Controller: c, Parameter: p)))
            .Where(d => Resolve(scope.ServiceProvider, d.Parameter) is null)
            .Select(d => $"{d.Controller.Name} takes {d.Parameter.ParameterType.Name}")
            .ToList();

        Assert.NotEmpty(controllers);
        Assert.True(unresolved.Count == 0, string.Join("; ", unresolved));
    }

    private static object? Resolve(IServiceProvider services, ParameterInfo parameter) =>
        parameter.GetCustomAttribute<FromKeyedServicesAttribute>() is { } keyed
            ? ((IKeyedServiceProvider)services).GetKeyedService(parameter.ParameterType, keyed.Key)
            : services.GetService(parameter.ParameterType);

    [Fact]
    public void RulesThatHoldNoStateAreMadeOnce()
    {
        using var first = portal.Factory.Services.CreateScope();
        using var second = portal.Factory.Services.CreateScope();

        Assert.Same(first.ServiceProvider.GetRequiredService<QuotePricing>(), second.ServiceProvider.GetRequiredService<QuotePricing>());
        Assert.Same(first.ServiceProvider.GetRequiredService<QuoteCompleteness>(), second.ServiceProvider.GetRequiredService<QuoteCompleteness>());
        Assert.Same(first.ServiceProvider.GetRequiredService<QuoteLineRules>(), second.ServiceProvider.GetRequiredService<QuoteLineRules>());
    }

    [Fact]
    public void UseCasesThatReachTheDatabaseAreMadePerRequest()
    {
        using var first = portal.Factory.Services.CreateScope();
        using var second = portal.Factory.Services.CreateScope();

        Assert.NotSame(first.ServiceProvider.GetRequiredService<CustomerQuotePageQuery>(), second.ServiceProvider.GetRequiredService<CustomerQuotePageQuery>());
    }
}
