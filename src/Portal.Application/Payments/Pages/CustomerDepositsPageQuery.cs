using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Payments.Pages;

/// <summary>
/// A deposit in the customer's list: what it is for (a quote, or a reservation on the waitlist), how much, where it
/// stands, the date it is due by (a due one) or was paid on, and whether the payer can still pay it here.
/// </summary>
public sealed record CustomerDepositRow(
    int Id, string Reference, int? QuoteId, string? QuoteNumber, string Description, Money Amount, DepositState State, DateOnly? DueOn, DateOnly? PaidOn)
{
    public bool IsDue => State == DepositState.Due;
}

/// <summary>The customer's Deposits page: its organization's deposits, newest first, a page at a time.</summary>
public sealed class CustomerDepositsPageQuery(IPortalDb db, IOptions<BankTransferDetails> bank)
{
    public const int PageSize = 25;

    /// <summary>The actor's organization's deposits only; staff have their own list.</summary>
    public async Task<Page<CustomerDepositRow>> GetAsync(int page, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        var query = db.Deposits.AsNoTracking().Where(d => d.OrganizationId == organizationId);
        var total = await query.CountAsync(cancellationToken);
        var number = Paging.Clamp(page, total, PageSize);
        var rows = await query.OrderByDescending(d => d.CreatedUtc).ThenByDescending(d => d.Id)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(d => new
            {
                Deposit = d,
                QuoteNumber = db.Quotes.Where(q => q.Id == d.QuoteId).Select(q => q.Number).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new Page<CustomerDepositRow>(rows.Select(r => RowOf(r.Deposit, r.QuoteNumber)).ToList(), number, PageSize, total);
    }

    private CustomerDepositRow RowOf(Deposit deposit, string? quoteNumber) => new(
        deposit.Id, deposit.Reference, deposit.QuoteId, quoteNumber, deposit.Description, deposit.Amount, deposit.State,
        deposit.IsDue ? bank.Value.DueOn(deposit.CreatedUtc) : null,
        deposit.TransferReceivedOn ?? (deposit.PaidUtc is { } paid ? DateOnly.FromDateTime(paid) : null));
}
