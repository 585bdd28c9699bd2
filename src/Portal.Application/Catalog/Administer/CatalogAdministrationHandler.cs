using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Application.Catalog.Administer;

/// <summary>An admin edits a product or the supply of a quarter; each change is validated and audited.</summary>
public sealed class CatalogAdministrationHandler(
    IPortalDb db,
    IValidator<UpdateProductCommand> productValidator,
    IValidator<SetSupplyCommand> supplyValidator,
    TimeProvider clock)
{
    public async Task<Result> UpdateProductAsync(UpdateProductCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var product = await FindAsync(command.Sku, cancellationToken);
        var validation = await productValidator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var before = product.Details;
        var after = new ProductDetails(command.Name, command.Summary, command.Lifecycle,
            Money.FromMajor(command.ListPrice, product.Currency), command.LeadTimeWeeks, command.HeightU,
            command.PowerWatts, command.WeightKg, command.MaxQuantityPerOrder);
        product.Update(after);
        db.Audit(Now, actor, "Product", product.Sku, "ProductChanged", Describe(before), Describe(product.Details));
        var classifiedAs = product.ExportClassification;
        product.Classify(command.ExportClassification!);
        if (product.ExportClassification != classifiedAs)
        {
            db.Audit(Now, actor, "Product", product.Sku, "ClassificationChanged", classifiedAs, product.ExportClassification);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    public async Task<Result> SetSupplyAsync(SetSupplyCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var product = await FindAsync(command.Sku, cancellationToken);
        var validation = await supplyValidator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        if (product.Lifecycle != Lifecycle.AllocationLimited)
        {
            return Result.Fail(nameof(command.Units), $"{product.Name} is not allocation-limited; its supply is not counted per quarter.");
        }
        var quarter = Quarter.Parse(command.Quarter);
        var allocation = await db.Allocations
            .SingleOrDefaultAsync(a => a.ProductId == product.Id && a.Quarter == quarter, cancellationToken);
        var before = allocation?.Supply;
        try
        {
            if (allocation is null)
            {
                db.Allocations.Add(new Allocation(product.Id, quarter, command.Units));
            }
            else
            {
                allocation.SetSupply(command.Units);
            }
        }
        catch (DomainException refused)
        {
            return Result.Fail(nameof(command.Units), refused.Message);
        }
        db.Audit(Now, actor, "Product", product.Sku, "SupplyChanged",
            before is null ? null : $"{quarter}: {before} units", $"{quarter}: {command.Units} units");
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<Product> FindAsync(string sku, CancellationToken cancellationToken)
    {
        var normalized = Product.NormalizeSku(sku);
        return await db.Products.SingleOrDefaultAsync(p => p.Sku == normalized, cancellationToken)
            ?? throw new NotFoundException("The product");
    }

    private static string Describe(ProductDetails d) =>
        $"{d.Name}; {d.Lifecycle}; {d.ListPrice}; lead {d.LeadTimeWeeks} wk; {d.HeightU} U; {d.PowerWatts} W; {d.WeightKg} kg; max {d.MaxQuantityPerOrder}";
}
