using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Organizations;
using Portal.Application.Payments;
using Portal.Application.Configurations;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Submit;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>
/// What a customer does on the waitlist: join it, change an entry's quantity, leave, and answer an offer. Accepting an
/// offer turns it into a submitted quote request that keeps the offered units held; declining or leaving passes them on.
/// </summary>
public sealed class CustomerWaitlist(
    IPortalDb db,
    IValidator<JoinWaitlistCommand> validator,
    WaitlistNotices notices,
    WaitlistMail mail,
    WaitlistOffers offers,
    Acting acting,
    ReservationDeposits deposits,
    SubmissionCheck submissions,
    ConfigurationPolicy policy,
    TimeProvider clock)
{
    public async Task<Result<int>> JoinAsync(JoinWaitlistCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
        var sku = Product.NormalizeSku(command.Sku);
        var product = await db.Products.SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken) ?? throw new NotFoundException("The product");
        var refusal = OrderingRefusal.Of(organization, "join waitlists") is { } standing ? standing
            : product.HasWaitlist || product.TakesReservations ? null
            : product.Lifecycle switch
            {
                Lifecycle.PreRelease => WaitlistEntry.TakesNoReservations(product),
                Lifecycle.EndOfLife => $"{product.Name} is at the end of its life and can no longer be ordered.",
                _ => $"{product.Name} is not allocation-limited: order it on a quote request.",
            };
        if (refusal is not null)
        {
            return Result<int>.Fail([new FieldError("", refusal)]);
        }
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Fail(validation.ToFieldErrors());
        }
        if (command.Quantity > product.MaxWaitlistQuantity)
        {
            return Result<int>.Fail([new FieldError(nameof(command.Quantity), $"Wait for at most {product.MaxWaitlistQuantity:N0} units of {product.Name}.")]);
        }
        var quarter = command.WantedQuarter;
        var earliest = product.EarliestDelivery(Now);
        if (quarter < earliest)
        {
            return Result<int>.Fail([new FieldError(nameof(command.Quarter),
                $"{product.Name} takes {product.LeadTimeWeeks} weeks to deliver, so {earliest} is the earliest quarter; choose it, a later one, or the earliest with supply.")]);
        }
        var alreadyWaiting = Result<int>.Fail([new FieldError("", $"Your company already waits for {product.Name} in {Describe(quarter)}; change that entry's quantity instead.")]);
        if (await IsWaitingAsync(organization.Id, product.Id, quarter, cancellationToken))
        {
            return alreadyWaiting;
        }

        var before = await notices.PlacesAsync(product.Id, cancellationToken);
        var entry = new WaitlistEntry(organization, actor.UserId, product, command.Quantity!.Value, quarter, Now);
        db.WaitlistEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A join sent twice at once: the database's unique index let only the first in.
            db.ChangeTracker.Clear();
            if (await IsWaitingAsync(organization.Id, product.Id, quarter, cancellationToken))
            {
                return alreadyWaiting;
            }
            throw;
        }
        Record(entry, actor, "Joined", null, $"{entry.Quantity} units, {Describe(quarter)}");
        if (entry.IsReservation)
        {
            deposits.AskFor(entry, product.Name);
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var place = (await notices.TellMovedAsync(product.Id, before, cancellationToken))[entry.Id];
        var reserved = entry.Deposit is { } deposit
            ? $" It is a reservation: a refundable deposit of {deposit} secures it, and secured reservations are offered supply first, in the order they were made. Pay it on your waitlist page in the portal."
            : "";
        await mail.ToJoinerAsync(entry, entry.IsReservation ? $"Your reservation of {product.Name}" : $"You are on the waitlist for {product.Name}",
            string.Create(CultureInfo.InvariantCulture,
                $"{organization.Name} now waits for {entry.Quantity} × {product.Name} in {Describe(quarter)}. You are number {place.Position} in line, with {place.QuantityAhead} units ahead of you. We offer you supply as soon as it comes free.{reserved}\n"),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await offers.OfferFreeSupplyAsync(cancellationToken);
        return Result<int>.Ok(entry.Id);
    }

    /// <summary>Changes the units an entry waits for: more moves it to the back of its line, fewer keeps its place.</summary>
    public async Task<Result> ChangeQuantityAsync(int entryId, int? seenVersion, int? quantity, Actor actor, CancellationToken cancellationToken = default)
    {
        var entry = await FindAsync(entryId, seenVersion, actor, cancellationToken);
        if (quantity is not { } units || units < 1 || units > entry.Product!.MaxWaitlistQuantity)
        {
            return Result.Fail("Quantity", $"Wait for between 1 and {entry.Product!.MaxWaitlistQuantity:N0} units of {entry.Product.Name}.");
        }
        var before = await notices.PlacesAsync(entry.ProductId, cancellationToken);
        var from = entry.Quantity;
        entry.ChangeQuantity(units, entry.Product.MaxWaitlistQuantity, Now);
        await deposits.FollowQuantityAsync(entry, entry.Product.Name, cancellationToken);
        Record(entry, actor, "Quantity changed", from.ToString(CultureInfo.InvariantCulture), units.ToString(CultureInfo.InvariantCulture));
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await notices.TellMovedAsync(entry.ProductId, before, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>
    /// The organization leaves the line; the units of an open offer pass to the next entry. A reservation's paid
    /// deposit is refunded first (nothing changes when the provider cannot be reached), a due one is no longer asked for.
    /// </summary>
    public async Task LeaveAsync(int entryId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        var entry = await FindAsync(entryId, seenVersion, actor, cancellationToken);
        var before = await notices.PlacesAsync(entry.ProductId, cancellationToken);
        var from = entry.Status;
        entry.Leave(Now);
        await deposits.SettleOnLeavingAsync(entry, actor, cancellationToken);
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            Record(entry, actor, "Left the waitlist", from.ToString(), entry.Status.ToString());
            await db.SaveChangesAsync(cancellationToken);
            if (from == WaitlistStatus.Offered)
            {
                await offers.ReleaseOfferAsync(entry, cancellationToken);
            }
            await notices.TellMovedAsync(entry.ProductId, before, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await offers.OfferFreeSupplyAsync(cancellationToken);
    }

    /// <summary>The customer turns an offer down: the entry leaves the line and the units go to the next in it.</summary>
    public async Task DeclineOfferAsync(int entryId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        var entry = await FindAsync(entryId, seenVersion, actor, cancellationToken);
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            entry.DeclineOffer(Now);
            Record(entry, actor, "Offer declined", nameof(WaitlistStatus.Offered), nameof(WaitlistStatus.Declined));
            await db.SaveChangesAsync(cancellationToken);
            await offers.ReleaseOfferAsync(entry, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await offers.OfferFreeSupplyAsync(cancellationToken);
    }

    /// <summary>
    /// The customer takes an open offer for one of its sites: a quote request for the offered units in the offered
    /// quarter is submitted the way any request is (<see cref="SubmissionCheck.SubmitAsync"/>: the company's standing and
    /// compliance hold, the export and line rules), and the units held for the offer stay held for it. Racks come bare:
    /// sales completes their configuration in review. A refusal saves nothing and leaves the offer open; the mails are
    /// saved with the request.
    /// </summary>
    public async Task<Result<int>> AcceptOfferAsync(int entryId, int? seenVersion, int? siteId, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var entry = await FindAsync(entryId, seenVersion, actor, cancellationToken);
        entry.EnsureOfferOpen(Now);
        var site = siteId is { } id ? await db.Sites.SingleOrDefaultAsync(s => s.Id == id && s.OrganizationId == entry.OrganizationId, cancellationToken) : null;
        if (site is null)
        {
            return Result<int>.Fail([new FieldError("SiteId", "Choose the site the units go to.")]);
        }
        var organization = await db.Organizations.SingleAsync(o => o.Id == entry.OrganizationId, cancellationToken);
        if (OrderingRefusal.Of(organization, "accept offers") is { } standing)
        {
            return Result<int>.Fail([new FieldError("", $"{standing} The offer stays open until {entry.OfferExpiresUtc:d MMMM yyyy HH:mm} UTC.")]);
        }
        var (product, units, quarter) = (entry.Product!, entry.OfferedUnits ?? 0, entry.OfferedQuarter);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var quote = new Quote(entry.OrganizationId, actor.UserId, Now);
        if (product.Rack is not null)
        {
            quote.AddConfiguration(product, [], units, Now);
        }
        else
        {
            quote.AddProduct(product, units, Now);
        }
        quote.Describe(site.Id, quarter, $"From a waitlist offer: {units} × {product.Name} in {quarter}, held for this request.", Now);
        db.Quotes.Add(quote);
        await db.SaveChangesAsync(cancellationToken);
        var refusals = await submissions.SubmitAsync(new Submission(quote, organization, site, policy, Now) { ComponentsToComplete = true, FromOffer = (product.Name, units, quarter!.Value) }, cancellationToken);
        if (refusals.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Result<int>.Fail(refusals.Select(e => e with { Field = e.Field == "SiteId" ? "SiteId" : "" }));
        }
        entry.AcceptOffer(quote.Id, Now);
        db.QuoteHolds.Add(new QuoteHold(quote.Id, product.Id, quarter!.Value, units));
        Record(entry, actor, "Offer accepted", nameof(WaitlistStatus.Offered), entry.Status.ToString(), $"Quote request {quote.Number}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await offers.OfferFreeSupplyAsync(cancellationToken);
        return Result<int>.Ok(quote.Id);
    }

    private Task<bool> IsWaitingAsync(int organizationId, int productId, Quarter? quarter, CancellationToken cancellationToken) =>
        db.WaitlistEntries.AnyAsync(e => e.OrganizationId == organizationId && e.ProductId == productId && e.Quarter == quarter
            && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered), cancellationToken);

    private async Task<WaitlistEntry> FindAsync(int entryId, int? seenVersion, Actor actor, CancellationToken cancellationToken)
    {
        var organizationId = actor.CustomerOrganizationId;
        var entry = await db.WaitlistEntries.Include(e => e.Product)
                        .SingleOrDefaultAsync(e => e.Id == entryId && e.OrganizationId == organizationId, cancellationToken)
                    ?? throw new NotFoundException("The waitlist entry");
        entry.EnsureUnchangedSince(seenVersion);
        return entry;
    }

    private void Record(WaitlistEntry entry, Actor actor, string action, string? from, string? to, string? reason = null) =>
        db.Audit(Now, actor, WaitlistOffers.EntityType, entry.Id.ToString(CultureInfo.InvariantCulture), action, from, to, reason);

    public static string Describe(Quarter? quarter) => quarter?.ToString() ?? "the earliest quarter with supply";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
