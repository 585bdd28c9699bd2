using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Catalog;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.AddProduct;

/// <summary>The customer adds a loose product to its draft, within the limits its submission checks.</summary>
public sealed class AddProductHandler(IPortalDb db, IValidator<ProductChoice> validator, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(int quoteId, AddProductCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = await db.FindDraftAsync(quoteId, actor, cancellationToken);
        var sku = Product.NormalizeSku(command.Sku);
        var product = await db.Products.SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
        var validation = await validator.ValidateAsync(new ProductChoice(command, product), cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var onTheLine = quote.Products.Where(p => p.ProductId == product!.Id).Sum(p => (long)p.Quantity);
        var beyond = DraftLimits.Beyond(nameof(AddProductCommand.Quantity), RequestLimits.LinesOf(quote, exceptProductId: product!.Id),
            RequestLimits.Loose(product, onTheLine + command.Quantity));
        if (beyond.Count > 0)
        {
            return Result.Fail(beyond);
        }
        quote.AddProduct(product, command.Quantity, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
