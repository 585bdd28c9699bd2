using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Application.Catalog.SetSupply;

/// <summary>An admin sets the units of an allocation-limited product available in a quarter; the change is audited.</summary>
public sealed class SetSupplyHandler(IPortalDb db, IValidator<SetSupplyCommand> validator, TimeProvider clock)
{
    public async Task<Result> HandleAsync(SetSupplyCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var product = await db.ProductToChangeAsync(command.Sku, cancellationToken);
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result.Fail(checkedInput.ToFieldErrors());
        }
        if (product.Lifecycle != Lifecycle.AllocationLimited)
        {
            return Result.Fail(nameof(command.Units), $"{product.Name} is not allocation-limited; its supply is not counted per quarter.");
        }
        var quarter = Quarter.Parse(command.Quarter);
        var allocation = await db.Allocations.SingleOrDefaultAsync(a => a.ProductId == product.Id && a.Quarter == quarter, cancellationToken);
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
            // Fewer units than are already held or committed: a number the admin can change, so it is said beside the field.
            return Result.Fail(nameof(command.Units), refused.Message);
        }
        db.Record(clock.GetUtcNow().UtcDateTime, actor, product, ProductAudit.SupplyChanged,
            before is null ? null : $"{quarter}: {before} units", $"{quarter}: {command.Units} units");
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
