using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Payments;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Accept;

/// <summary>
/// An approver of the customer approves the issued revision it read, as the company's rule allows them
/// (<see cref="ApprovalAuthority"/>); the last approval the rule needs is the acceptance: who, in which role, with which
/// purchase order (asked for at that last approval only), when and from where; the supply stays held and the deposit
/// becomes due.
/// </summary>
public sealed class AcceptQuoteHandler(IPortalDb db, IValidator<AcceptQuoteCommand> validator, BuyerApprovals approvals, IPaymentGateway gateway, Acting acting,
    TimeProvider clock)
{
    /// <returns>Whether the approval was the acceptance (the last the rule needs).</returns>
    public async Task<Result<bool>> HandleAsync(int quoteId, AcceptQuoteCommand command, string ipAddress, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).CustomerWith(CompanyRoles.Approver);
        var quote = await db.FindOwnToApproveAsync(quoteId, actor, cancellationToken);
        var (company, terms) = await approvals.CompanyOfAsync(quote.OrganizationId, cancellationToken);
        var revision = await db.QuoteRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.QuoteId == quote.Id && r.Number == quote.Revision, cancellationToken);
        var needed = revision is null ? 1 : terms.Rule.ApprovalsNeededFor(revision.Total);
        var accepts = quote.BuyerApprovals.Count + 1 >= needed;
        var validation = await validator.ValidateAsync(command with { PurchaseOrderRequired = terms.PurchaseOrderRequired && accepts }, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<bool>.Fail(validation.ToFieldErrors());
        }
        if (!accepts && !string.IsNullOrWhiteSpace(command.PurchaseOrder))
        {
            return Result<bool>.Fail([new FieldError(nameof(command.PurchaseOrder), AcceptQuoteCommand.PurchaseOrderAtTheLastApproval)]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (revision is not null && quote.Status == QuoteStatus.Issued)
        {
            ApprovalAuthority.EnsureMayApprove(actor, revision.Total, terms.Rule, quote.BuyerApprovals);
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await TakeAtVersionAsync(quote, cancellationToken);
        var billedTo = company.DefaultBillingAddress is { } address ? AddressFormat.Text(address) : null;
        var acceptance = new QuoteAcceptance(command.Name!, command.Title!, command.PurchaseOrder, ipAddress, command.Revision, now).BilledTo(billedTo, company.TaxId);
        quote.ApproveAsBuyer(actor.UserId, acceptance, needed, now);
        if (quote.Acceptance is not null)
        {
            db.Deposits.Add(Deposit.ForQuote(quote, revision!.Totals.Deposit, gateway.TakesCards, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<bool>.Ok(quote.Acceptance is not null);
    }

    /// <summary>
    /// Takes the quote's row, as it was read, before anything is written: of approvals given at once, the first holds it
    /// and the others wait, then find a later version and lose (a 409) before their deposit can collide with the first's.
    /// </summary>
    private async Task TakeAtVersionAsync(Quote quote, CancellationToken cancellationToken)
    {
        var taken = await db.Quotes.Where(q => q.Id == quote.Id && q.Version == quote.Version)
            .ExecuteUpdateAsync(set => set.SetProperty(q => q.Version, q => q.Version), cancellationToken);
        if (taken == 0)
        {
            throw new DbUpdateConcurrencyException($"{quote.Reference} changed while you were looking at it. Reload the page to see the change, then decide again.");
        }
    }
}
