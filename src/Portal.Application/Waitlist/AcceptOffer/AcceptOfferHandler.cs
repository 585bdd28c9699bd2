using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Configurations;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Submit;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Application.Waitlist.AcceptOffer;

/// <summary>
/// The customer takes an open offer for one of its sites: a quote request for the offered units in the offered
/// quarter is submitted the way any request is (<see cref="SubmissionCheck.SubmitAsync"/>: the company's standing and
/// compliance hold, the export and line rules), and the units held for the offer stay held for it. Racks come bare:
/// sales completes their configuration in review. A refusal saves nothing and leaves the offer open; the mails are
/// saved with the request.
/// </summary>
public sealed class AcceptOfferHandler(
    IPortalDb db,
    CustomerEntries entries,
    WaitlistOffers offers,
    SubmissionCheck submissions,
    ConfigurationPolicy policy,
    Acting acting,
    TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(AcceptOfferCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var entry = await entries.FindAsync(command.EntryId, command.SeenVersion, actor, cancellationToken);
        entry.EnsureOfferOpen(Now);
        var site = command.SiteId is { } id ? await db.Sites.SingleOrDefaultAsync(s => s.Id == id && s.OrganizationId == entry.OrganizationId, cancellationToken) : null;
        if (site is null)
        {
            return Result<int>.Fail([new FieldError(nameof(command.SiteId), "Choose the site the units go to.")]);
        }
        var organization = await db.Organizations.SingleAsync(o => o.Id == entry.OrganizationId, cancellationToken);
        if (OrderingRefusal.Of(organization, "accept offers") is { } standing)
        {
            return Result<int>.Fail([new FieldError("", $"{standing} The offer stays open until {entry.OfferExpiresUtc:d MMMM yyyy HH:mm} UTC.")]);
        }
        var (product, units, quarter) = (entry.Product!, entry.OfferedUnits ?? 0, entry.OfferedQuarter!.Value);
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
        var refusals = await submissions.SubmitAsync(
            new Submission(quote, organization, site, policy, Now) { ComponentsToComplete = true, FromOffer = (product.Name, units, quarter) }, cancellationToken);
        if (refusals.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Result<int>.Fail(refusals.Select(e => e with { Field = e.Field == nameof(command.SiteId) ? nameof(command.SiteId) : "" }));
        }
        entry.AcceptOffer(quote.Id, quote.Reference, Now);
        db.QuoteHolds.Add(new QuoteHold(quote.Id, product.Id, quarter, units));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await offers.OfferFreeSupplyAsync(cancellationToken);
        return Result<int>.Ok(quote.Id);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
