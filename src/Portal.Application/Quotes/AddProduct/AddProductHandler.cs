using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Catalog;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.AddProduct;

/// <summary>
/// The customer adds a loose product to its draft (or to a new one, saved with it when the product may be added),
/// within the limits its submission checks; the answer is the draft's id.
/// </summary>
public sealed class AddProductHandler(IPortalDb db, IValidator<ProductChoice> validator, Acting acting, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(int? quoteId, AddProductCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = quoteId is { } id ? await db.FindDraftAsync(id, actor, cancellationToken) : null;
        var sku = Product.NormalizeSku(command.Sku);
        var product = await db.Products.SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
        var validation = await validator.ValidateAsync(new ProductChoice(command, product), cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Fail(validation.ToFieldErrors());
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (quote is null)
        {
            quote = new Quote(actor.CustomerOrganizationId, actor.UserId, now);
            db.Quotes.Add(quote);
        }
        var onTheLine = quote.Products.Where(p => p.ProductId == product!.Id).Sum(p => (long)p.Quantity);
        var beyond = DraftLimits.Beyond(nameof(AddProductCommand.Quantity), RequestLimits.LinesOf(quote, exceptProductId: product!.Id),
            RequestLimits.Loose(product, onTheLine + command.Quantity));
        if (beyond.Count > 0)
        {
            return Result<int>.Fail(beyond);
        }
        quote.AddProduct(product, command.Quantity, now);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(quote.Id);
    }
}
