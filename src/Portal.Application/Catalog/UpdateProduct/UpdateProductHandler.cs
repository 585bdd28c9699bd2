using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Application.Catalog.UpdateProduct;

/// <summary>An admin edits a product's details and export classification; the change (and a new classification) is audited.</summary>
public sealed class UpdateProductHandler(IPortalDb db, IValidator<UpdateProductCommand> validator, TimeProvider clock)
{
    public async Task<Result> HandleAsync(UpdateProductCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var product = await db.ProductToChangeAsync(command.Sku, cancellationToken);
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result.Fail(checkedInput.ToFieldErrors());
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var before = product.Details;
        product.Update(new ProductDetails(command.Name, command.Summary, command.Lifecycle,
            Money.FromMajor(command.ListPrice, product.Currency), command.LeadTimeWeeks, command.HeightU,
            command.PowerWatts, command.WeightKg, command.MaxQuantityPerOrder));
        db.Record(now, actor, product, ProductAudit.ProductChanged, Describe(before), Describe(product.Details));
        var classifiedAs = product.ExportClassification;
        product.Classify(command.ExportClassification!);
        if (product.ExportClassification != classifiedAs)
        {
            db.Record(now, actor, product, ProductAudit.ClassificationChanged, classifiedAs, product.ExportClassification);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private static string Describe(ProductDetails d) =>
        $"{d.Name}; {d.Lifecycle}; {d.ListPrice}; lead {d.LeadTimeWeeks} wk; {d.HeightU} U; {d.PowerWatts} W; {d.WeightKg} kg; max {d.MaxQuantityPerOrder}";
}
