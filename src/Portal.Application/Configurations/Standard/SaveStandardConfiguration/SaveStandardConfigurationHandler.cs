using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Catalog;
using Portal.Domain.Configurations;

namespace Portal.Application.Configurations.Standard.SaveStandardConfiguration;

/// <summary>
/// An admin creates or changes a standard configuration. Its rack and components must keep every rule the configurator
/// applies to one rack (a rack, components that fit it, quantities in range), with the configurator's messages.
/// </summary>
public sealed class SaveStandardConfigurationHandler(
    IPortalDb db, IValidator<SaveStandardConfigurationCommand> validator, ConfigurationEvaluator evaluator, Acting acting)
{
    public async Task<Result<int>> HandleAsync(SaveStandardConfigurationCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureAdmin();
        var existing = command.Id is { } id ? await db.StandardConfigurationToChangeAsync(id, cancellationToken) : null;
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        var evaluation = await evaluator.EvaluateAsync(new ConfigurationRequest(command.RackSku, command.Components, 1, null), actor, cancellationToken);
        var errors = checkedInput.ToFieldErrors().Concat(evaluation.Problems).DistinctBy(e => e.Field).ToList();
        if (errors.Count > 0)
        {
            return Result<int>.Fail(errors);
        }
        var details = await DetailsAsync(command, cancellationToken);
        if (existing is null)
        {
            existing = new StandardConfiguration(details);
            db.StandardConfigurations.Add(existing);
        }
        else
        {
            existing.Change(details);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(existing.Id);
    }

    /// <summary>The products named, tracked in this unit of work; the rules above found every one.</summary>
    private async Task<StandardConfigurationDetails> DetailsAsync(SaveStandardConfigurationCommand command, CancellationToken cancellationToken)
    {
        var rows = command.Components.Where(c => !string.IsNullOrWhiteSpace(c.Sku))
            .Select(c => (Sku: Product.NormalizeSku(c.Sku!), c.Quantity)).ToList();
        var skus = rows.Select(r => r.Sku).Append(Product.NormalizeSku(command.RackSku!)).ToList();
        var products = await db.Products.Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, cancellationToken);
        return new StandardConfigurationDetails(command.Name, command.Description, products[Product.NormalizeSku(command.RackSku!)],
            rows.Select(r => (products[r.Sku], r.Quantity)).ToList());
    }
}
