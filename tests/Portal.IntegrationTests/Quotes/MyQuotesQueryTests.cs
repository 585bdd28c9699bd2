using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>A page of My quotes costs the same few queries whether it shows 3 rows or 25 out of hundreds.</summary>
public sealed class MyQuotesQueryTests
{
    [Fact]
    public async Task APageOfQuotesMakesNoQueryPerRow()
    {
        var counter = new CommandCounter();
        using var factory = new PortalFactory(new SqliteTestDatabase(),
            new Dictionary<string, string>
            {
                ["Demo:BulkQuotes"] = "300",
                // The timed jobs' queries would count too, whenever they happen to run.
                ["Jobs:Run"] = "false",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            },
            services => services.AddSingleton<ILoggerProvider>(counter));
        using var fjord = factory.NewClient();
        await fjord.SignInAsync("buyer@fjord.example");
        using var helios = factory.NewClient();
        await helios.SignInAsync("buyer@helios.example");

        counter.Reset();
        var few = await fjord.GetAsync("/Customer/Quotes?status=Draft");
        var fewQueries = counter.Count;
        counter.Reset();
        var many = await helios.GetAsync("/Customer/Quotes?page=3");
        var manyQueries = counter.Count;

        Assert.Equal(HttpStatusCode.OK, many.Status);
        Assert.Single(few.Document.QuerySelectorAll("tbody tr"));
        Assert.Equal(25, many.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Page 3 of 12", many.Body);
        Assert.Equal(fewQueries, manyQueries);
        Assert.InRange(manyQueries, 1, 4);
    }
}
