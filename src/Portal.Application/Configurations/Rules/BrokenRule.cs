namespace Portal.Application.Configurations.Rules;

/// <summary>
/// A declared rule a configuration breaks: which rule (its name in the rules file), the form field it concerns, the
/// buyer's message with the numbers, and the change that would keep it, if the portal can make one.
/// </summary>
public sealed record BrokenRule(string Rule, string Field, string Message, RuleFix? Fix);

public enum FixAction
{
    Add,
    Remove,
    SetCount,
}

/// <summary>A change to the components of each rack: add some of a product, remove a product, or set its count.</summary>
public sealed record RuleFix(FixAction Action, ProductRef Product, int Quantity)
{
    public string Description => Action switch
    {
        FixAction.Add => $"Add {Quantity} × {Product.Name}",
        FixAction.Remove => $"Remove {Product.Name}",
        _ => $"Put {Quantity} × {Product.Name} in each rack",
    };
}

/// <summary>A product a rule names, by SKU, with the name the catalog file gives it.</summary>
public sealed record ProductRef(string Sku, string Name);
