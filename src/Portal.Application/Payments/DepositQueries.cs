using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;

namespace Portal.Application.Payments;

/// <summary>Deposits as the pages show them: one for its payer or sales, sales' list, and a deposit's invoice for a bank transfer.</summary>
public sealed class DepositQueries(IPortalDb db, IPaymentGateway gateway, IOptions<BankTransferDetails> bank, IDepositInvoiceRenderer renderer, VendorProfile vendor)
{
    public const int PageSize = 50;

    /// <summary>A deposit the actor may see (its organization's, or any for staff), with whether its card payment is on its way; 404 otherwise.</summary>
    public async Task<DepositView> ViewAsync(int depositId, Actor actor, CancellationToken cancellationToken = default)
    {
        var deposit = await FindAsync(depositId, actor, cancellationToken);
        return await ViewOfAsync(deposit, cancellationToken) with { PaymentOnItsWay = await PaymentOnItsWayAsync(deposit, cancellationToken) };
    }

    /// <summary>Who of a company may download its deposits' invoices: the Finance people who pay them, and its administrators.</summary>
    public const CompanyRoles InvoiceReaders = CompanyRoles.Finance | CompanyRoles.Administrator;

    /// <summary>
    /// The invoice of a deposit the actor may see (its organization's, or any for staff): a 403 for a customer who is
    /// not one of <see cref="InvoiceReaders"/>, a 404 for another's deposit.
    /// </summary>
    public async Task<(string FileName, byte[] Pdf)> InvoiceAsync(int depositId, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.EnsureStaffOr(InvoiceReaders);
        return Invoice(await ViewOfAsync(await FindAsync(depositId, actor, cancellationToken), cancellationToken));
    }

    /// <summary>The invoice of a deposit, for the mail to its payer that attaches it; null when there is no such deposit.</summary>
    public async Task<(string FileName, byte[] Pdf)?> InvoiceForMailAsync(string reference, CancellationToken cancellationToken = default) =>
        await db.Deposits.AsNoTracking().SingleOrDefaultAsync(d => d.Reference == reference, cancellationToken) is { } deposit
            ? Invoice(await ViewOfAsync(deposit, cancellationToken))
            : null;

    private async Task<Deposit> FindAsync(int depositId, Actor actor, CancellationToken cancellationToken) =>
        await db.Deposits.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == depositId && (actor.IsStaff || d.OrganizationId == actor.OrganizationId), cancellationToken)
        ?? throw new NotFoundException("The deposit");

    /// <summary>
    /// The payer paid on the checkout page and the provider has not confirmed it yet: a card deposit still due whose
    /// checkout is open, with no refusal noted, and complete at the provider. A provider that does not answer leaves
    /// the page as it was (the Pay button takes the payer back to the same checkout).
    /// </summary>
    private async Task<bool> PaymentOnItsWayAsync(Deposit deposit, CancellationToken cancellationToken)
    {
        if (!gateway.TakesCards || !deposit.CanPayByCard || deposit.CheckoutSessionId is not { } sessionId || deposit.Problem is not null)
        {
            return false;
        }
        try
        {
            return (await gateway.GetCheckoutAsync(sessionId, cancellationToken)).Status == CheckoutStatus.Complete;
        }
        catch (PaymentProviderException)
        {
            return false;
        }
    }

    private async Task<DepositView> ViewOfAsync(Deposit deposit, CancellationToken cancellationToken)
    {
        var quote = deposit.QuoteId is { } quoteId
            ? await db.Quotes.AsNoTracking().Where(q => q.Id == quoteId).Select(q => new { q.Id, q.Number, q.Acceptance }).SingleAsync(cancellationToken)
            : null;
        var customer = await db.Organizations.AsNoTracking().Include(o => o.BillingAddresses)
            .SingleAsync(o => o.Id == deposit.OrganizationId, cancellationToken);
        return new DepositView(deposit, customer, quote?.Id, quote?.Number, gateway.TakesCards, gateway.IsTestMode, bank.Value)
        {
            Billing = quote?.Acceptance is { } acceptance ? BilledTo.AsAccepted(acceptance) : BilledTo.AsNow(customer),
        };
    }

    private (string FileName, byte[] Pdf) Invoice(DepositView view)
    {
        var date = DateOnly.FromDateTime(view.Deposit.CreatedUtc);
        var invoice = new DepositInvoice(vendor, view.Customer, view.Deposit, view.QuoteNumber, view.Bank, date, view.Bank.DueOn(view.Deposit.CreatedUtc), view.IsTestMode)
        {
            Billing = view.Billing,
        };
        return ($"{view.Deposit.Reference}.pdf", renderer.Render(invoice));
    }

    /// <summary>Sales' list: deposits in a state (all when none), newest first, with their organization.</summary>
    public async Task<Page<DepositRow>> ListAsync(DepositState? state, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Deposits.AsNoTracking().Where(d => state == null || d.State == state);
        var total = await query.CountAsync(cancellationToken);
        var number = Paging.Clamp(page, total, PageSize);
        var rows = await query.OrderByDescending(d => d.CreatedUtc).ThenByDescending(d => d.Id)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Join(db.Organizations, d => d.OrganizationId, o => o.Id, (d, o) => new DepositRow(d, o.Name))
            .ToListAsync(cancellationToken);
        return new Page<DepositRow>(rows, number, PageSize, total);
    }
}

/// <summary>A deposit with what its page needs: whose it is, what it is for, how it can be paid here, and whether a card payment is on its way.</summary>
public sealed record DepositView(Deposit Deposit, Organization Customer, int? QuoteId, string? QuoteNumber, bool TakesCards, bool IsTestMode, BankTransferDetails Bank)
{
    /// <summary>Paid on the provider's checkout page, not confirmed to the portal yet.</summary>
    public bool PaymentOnItsWay { get; init; }

    /// <summary>The billing details the deposit's invoice carries.</summary>
    public BilledTo Billing { get; init; } = BilledTo.Nothing;
}

public sealed record DepositRow(Deposit Deposit, string Organization);
