using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Quotes.Decline;
using Portal.Application.Quotes.Issue;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Reports;

public static class ReportSteps
{
    /// <summary>A service quote of Fjord's that sales issues and the customer declines with the reason given.</summary>
    public static async Task DeclinedAsync(PortalFactory factory, string notes, string reason)
    {
        const string Sales = "sales@northwind.example";
        var declined = await new QuoteBuilder(factory, "Fjord Compute AS").WithProduct("SVC-INSTALL-RACK", 3).WithNotes(notes).ClaimedBy(Sales).SubmitAsync();
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IssueQuoteHandler>().HandleAsync(declined, null, await DepositSteps.ActorAsync(factory, Sales, PortalRoles.Sales));
        var result = await scope.ServiceProvider.GetRequiredService<DeclineQuoteHandler>().HandleAsync(
            new DeclineQuoteCommand(declined, new DecisionNote(reason)), await DepositSteps.ActorAsync(factory, "buyer@fjord.example", PortalRoles.Customer));
        Assert.True(result.Succeeded);
    }
}
