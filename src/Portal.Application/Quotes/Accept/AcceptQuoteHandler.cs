using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Payments;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Accept;

/// <summary>
/// An approver of the customer accepts the issued revision it read, within their limit (<see cref="ApprovalAuthority"/>): who, in which role, with which purchase order, when and from
/// where; the supply stays held and the deposit becomes due.
/// </summary>
public sealed class AcceptQuoteHandler(IPortalDb db, IValidator<AcceptQuoteCommand> validator, IPaymentGateway gateway, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(int quoteId, AcceptQuoteCommand command, string ipAddress, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).CustomerWith(CompanyRoles.Approver);
        var quote = await db.FindOwnAsync(quoteId, actor, cancellationToken);
        var company = await db.Organizations.AsNoTracking().Include(o => o.BillingAddresses).SingleAsync(o => o.Id == quote.OrganizationId, cancellationToken);
        var validation = await validator.ValidateAsync(command with { PurchaseOrderRequired = company.RequiresPurchaseOrder }, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var billedTo = company.DefaultBillingAddress is { } address ? BillingAddressText.Of(address) : null;
        quote.Accept(new QuoteAcceptance(command.Name!, command.Title!, command.PurchaseOrder, ipAddress, command.Revision, now).BilledTo(billedTo, company.TaxId), now);
        var revision = await db.QuoteRevisions.AsNoTracking().SingleAsync(r => r.QuoteId == quote.Id && r.Number == quote.Revision, cancellationToken);
        ApprovalAuthority.EnsureMayAccept(actor, revision.Total);
        db.Deposits.Add(Deposit.ForQuote(quote, revision.Totals.Deposit, gateway.TakesCards, now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
