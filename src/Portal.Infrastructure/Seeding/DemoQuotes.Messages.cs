using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Quotes.PostMessage;
using Portal.Domain.Quotes;

namespace Portal.Infrastructure.Seeding;

public sealed partial class DemoQuotes
{
    /// <summary>
    /// The conversation on the quote waiting for Helios' answer: the buyer asks with the hall's floor plan attached
    /// (the conversation's first file), sales answers, and keeps a note for colleagues that the buyer never sees.
    /// </summary>
    private async Task SeedConversationAsync(Quote quote, PortalUser buyer, PortalUser sales, CancellationToken cancellationToken)
    {
        var customer = new Actor(buyer.Id, buyer.FullName, buyer.OrganizationId, new HashSet<string> { PortalRoles.Customer }, CompanyRoles.All);
        var staff = new Actor(sales.Id, sales.FullName, null, new HashSet<string> { PortalRoles.Sales });
        await WriteAsync(quote, customer, new PostMessageCommand(
            "Attached is the floor plan of Hall 2. Can both racks go in row C, next to the cooling units? The 60 kW feeds are there.",
            false, [new NewAttachment("ashburn-hall-2-floor-plan.pdf", DemoDrawing.FloorPlan())]), cancellationToken);
        await WriteAsync(quote, staff, new PostMessageCommand(
            "Row C works: both racks fit side by side and the cooling units reach them. Installation is included in the revised quote.",
            false, []), cancellationToken);
        await WriteAsync(quote, staff, new PostMessageCommand(
            "Logistics confirmed the loading dock takes the racks assembled; no crating needed.", true, []), cancellationToken);
    }

    private async Task WriteAsync(Quote quote, Actor author, PostMessageCommand message, CancellationToken cancellationToken)
    {
        var written = await messages.HandleAsync(quote.Id, message, author, cancellationToken);
        if (!written.Succeeded)
        {
            throw new InvalidOperationException($"The demo message on {quote.Number} was refused: {string.Join(" ", written.Errors.Select(e => e.Message))}");
        }
    }
}
