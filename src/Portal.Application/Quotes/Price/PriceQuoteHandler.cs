using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Configurations;
using Portal.Application.Quotes.AddProduct;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Submit;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Price;

/// <summary>
/// Sales prices a request in review. The form's rules come first, then the quote's own (discount limits, quarters),
/// then the line rules the request was submitted under (configurations at the site, product quantities), judged again
/// on the new lines: any failure saves nothing. Discounts up to the overall limit are accepted here; whose authority they need is decided on approval.
/// </summary>
public sealed class PriceQuoteHandler(
    IPortalDb db,
    IValidator<PriceQuoteCommand> validator,
    IValidator<ProductChoice> products,
    QuoteLineRules rules,
    ConfigurationPolicy policy,
    Acting acting,
    TimeProvider clock)
{
    public async Task<Result> HandleAsync(int quoteId, int? seenVersion, PriceQuoteCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var quote = await db.Quotes.VisibleTo(actor).WithLines().SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken)
                    ?? throw new NotFoundException("The quote");
        quote.EnsureUnchangedSince(seenVersion);
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var added = new List<(Product, int)>();
        if (command.AddsProduct)
        {
            var sku = Product.NormalizeSku(command.AddSku);
            var product = await db.Products.SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
            var choice = await products.ValidateAsync(new ProductChoice(new AddProductCommand(sku, command.AddQuantity ?? 0), product), cancellationToken);
            if (!choice.IsValid)
            {
                return Result.Fail(choice.ToFieldErrors().Select(e => e with { Field = $"Add{e.Field}" }));
            }
            added.Add((product!, command.AddQuantity!.Value));
        }

        var components = new Dictionary<int, (Product, int)>();
        foreach (var (line, index) in command.ConfigurationLines.Select((l, i) => (l, i)).Where(l => l.l.AddsComponent))
        {
            var sku = Product.NormalizeSku(line.AddSku);
            if (await db.Products.SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken) is not { } component)
            {
                return Result.Fail($"Configurations[{index}].AddSku", "Choose a component from the list.");
            }
            components[line.Id] = (component, line.AddQuantity!.Value);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        quote.Reprice(ToRepricing(command, added, components), Quarter.Containing(now), now);
        db.ChangeTracker.DetectChanges();
        var organization = await db.Organizations.SingleAsync(o => o.Id == quote.OrganizationId, cancellationToken);
        var site = await db.Sites.SingleOrDefaultAsync(s => s.Id == quote.SiteId, cancellationToken);
        // Sales may save its work on a request from a waitlist offer before its racks are complete; issuing checks them whole.
        var broken = rules.Check(new Submission(quote, organization, site, policy, now) { ComponentsToComplete = true })
            .Select(e => e with { Field = "" }).Distinct().ToList();
        if (broken.Count > 0)
        {
            return Result.Fail(broken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private static QuoteRepricing ToRepricing(PriceQuoteCommand command, IReadOnlyList<(Product, int)> added, IReadOnlyDictionary<int, (Product, int)> components) =>
        new(command.DiscountPercent!.Value, command.ValidityDays!.Value,
            ToTerms(command.ConfigurationLines), ToTerms(command.ProductLines), added, components);

    private static Dictionary<int, LineTerms> ToTerms(IEnumerable<PricingLine> lines) =>
        lines.GroupBy(l => l.Id).ToDictionary(g => g.Key, g =>
        {
            var line = g.Last();
            return new LineTerms(line.Quantity ?? 0, line.DiscountPercent, Quarter.TryParse(line.Quarter, out var q) ? q : null, line.Remove);
        });
}
