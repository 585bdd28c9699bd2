using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>A customer's page of a quote waiting for approvals reads the company's approval and purchase-order rules once.</summary>
public sealed class CustomerQuotePageQueryTests
{
    [Fact]
    public async Task AQuoteWaitingForApprovalsReadsTheCompanysRulesOnce()
    {
        var rulesRead = new CommandCounter(touching: "BuyerApprovalRules");
        using var factory = new PortalFactory(new SqliteTestDatabase(),
            new Dictionary<string, string>
            {
                ["Jobs:Run"] = "false",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            },
            services => services.AddSingleton<ILoggerProvider>(rulesRead));
        var waiting = await factory.QueryAsync(db => db.Quotes.Where(q => q.Status == QuoteStatus.Issued && q.BuyerApprovals.Any()).Select(q => q.Id).FirstAsync());
        using var cfo = await factory.SignedInAsync("cfo@helios.example");

        rulesRead.Reset();
        var page = await cfo.GetAsync($"/Customer/Quotes/Details/{waiting}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("One more approval is needed", page.Text("#buyer-approvals"), StringComparison.Ordinal);
        Assert.Equal(1, rulesRead.Count);
    }
}
