using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Catalog;

namespace Portal.Application.Catalog;

public static class AdministeredProducts
{
    /// <summary>The product of that SKU, however it was typed, tracked for a change.</summary>
    public static async Task<Product> ProductToChangeAsync(this IPortalDb db, string sku, CancellationToken cancellationToken)
    {
        var normalized = Product.NormalizeSku(sku);
        return await db.Products.SingleOrDefaultAsync(p => p.Sku == normalized, cancellationToken)
            ?? throw new NotFoundException("The product");
    }
}
