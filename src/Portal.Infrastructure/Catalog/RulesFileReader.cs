using Portal.Application.Configurations.Rules;

namespace Portal.Infrastructure.Catalog;

/// <summary>
/// Reads the vendor's rules file (see demo-rules.txt), one rule a line, checked against the catalog file's products;
/// a line that is wrong stops the load with "file:line: what is wrong".
/// </summary>
public static class RulesFileReader
{
    public static readonly string[] Kinds = ["requires", "excludes", "count", "fits", "thermal", "site"];

    public static RuleBook Read(string path, CatalogFile catalog)
    {
        var products = catalog.Products.ToDictionary(p => p.Sku, StringComparer.OrdinalIgnoreCase);
        var rules = new List<DeclaredRule>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text) || text.TrimStart().StartsWith('#'))
            {
                continue;
            }
            try
            {
                var line = new RuleLine(text, products);
                if (!names.Add(line.Name))
                {
                    throw new FormatException($"the name {line.Name} is taken by an earlier rule");
                }
                rules.Add(Rule(line, number));
            }
            catch (FormatException wrong)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}:{number}: {wrong.Message}.", wrong);
            }
        }
        return new RuleBook(rules);
    }

    private static DeclaredRule Rule(RuleLine line, int number)
    {
        DeclaredRule rule = line.Kind switch
        {
            "requires" => Requires(line, number),
            "excludes" => new ExcludesRule(Heading(line, number, ExcludesRule.Keys), line.Products("of"), line.Products("with")),
            "count" => Count(line, number),
            "fits" => new FitsRule(Heading(line, number, FitsRule.Keys)),
            "thermal" => new ThermalRule(Heading(line, number, ThermalRule.Keys), line.Products("needs"),
                line.Optional("above-kw") is null ? 0 : line.Number("above-kw"), line.Number("kw-each")),
            "site" => new SiteRule(Heading(line, number, SiteRule.Keys), line.Required("check") switch
            {
                "power" => SiteCheck.Power,
                "cooling" => SiteCheck.Cooling,
                var other => throw new FormatException($"check is '{other}'; a site rule checks power or cooling"),
            }),
            _ => throw new FormatException($"'{line.Kind}' is not a kind of rule; a rule is one of {string.Join(", ", Kinds)}"),
        };
        line.EnsureAllRead();
        return rule;
    }

    private static RequiresRule Requires(RuleLine line, int number)
    {
        var (perRack, perRacks) = (line.Number("per-rack"), line.Number("per-racks"));
        if ((perRack > 0) == (perRacks > 0))
        {
            throw new FormatException("a requires rule says either per-rack= (at least so many in each rack) or per-racks= (one for so many racks)");
        }
        return new RequiresRule(Heading(line, number, RequiresRule.Keys), line.Products("of"), perRack, perRacks);
    }

    private static CountRule Count(RuleLine line, int number)
    {
        var allowed = line.Numbers("allowed");
        var (min, max) = (line.Optional("min") is null ? 0 : line.Number("min"), line.Number("max", int.MaxValue));
        if (allowed.Count == 0 && min == 0 && max == int.MaxValue)
        {
            throw new FormatException("a count rule says allowed= (counts separated by commas) or min= and/or max=");
        }
        if (min > max)
        {
            throw new FormatException($"min={min} is above max={max}");
        }
        return new CountRule(Heading(line, number, CountRule.Keys), line.Products("of"), allowed, min, max);
    }

    private static RuleHeading Heading(RuleLine line, int number, string[] keys) =>
        new(line.Name, number, line.Scope(), MessageTemplate.Parse(line.MessageText, [.. DeclaredRule.CommonKeys, .. keys]));
}
