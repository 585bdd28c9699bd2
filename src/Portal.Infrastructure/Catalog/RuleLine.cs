using Portal.Application.Configurations.Rules;

namespace Portal.Infrastructure.Catalog;

/// <summary>
/// One line of a rules file, <c>kind name key=value ... | message</c>, read setting by setting; what is wrong with it
/// is a <see cref="FormatException"/> in words that <see cref="RulesFileReader"/> puts after the file and line.
/// </summary>
internal sealed class RuleLine
{
    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, ProductEntry> _products;

    public RuleLine(string text, IReadOnlyDictionary<string, ProductEntry> products)
    {
        _products = products;
        var bar = text.IndexOf('|');
        if (bar < 0)
        {
            throw new FormatException("a rule is 'kind name key=value ... | message'; this line has no '|' before its message");
        }
        MessageText = text[(bar + 1)..];
        var words = text[..bar].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            throw new FormatException("a rule starts with its kind and its name, as in 'requires scale-out-switches'");
        }
        (Kind, Name) = (words[0], words[1]);
        foreach (var word in words.Skip(2))
        {
            var equals = word.IndexOf('=');
            if (equals <= 0 || equals == word.Length - 1)
            {
                throw new FormatException($"'{word}' is not a setting; write key=value");
            }
            if (!_settings.TryAdd(word[..equals], word[(equals + 1)..]))
            {
                throw new FormatException($"{word[..equals]} is set twice");
            }
        }
    }

    public string Kind { get; }

    public string Name { get; }

    public string MessageText { get; }

    public string? Optional(string key)
    {
        _read.Add(key);
        return _settings.GetValueOrDefault(key);
    }

    public string Required(string key) =>
        Optional(key) ?? throw new FormatException($"a {Kind} rule needs {key}=");

    public int Number(string key, int fallback = 0)
    {
        if (Optional(key) is not { } text)
        {
            return fallback;
        }
        return int.TryParse(text, out var number) && number > 0
            ? number
            : throw new FormatException($"{key} is '{text}'; it must be a whole number above 0");
    }

    public IReadOnlyList<int> Numbers(string key) =>
        Optional(key) is { } text ? text.Split(',').Select(n => int.TryParse(n, out var v) && v >= 0 ? v
            : throw new FormatException($"{key} is '{text}'; it must be whole numbers separated by commas")).Order().ToList() : [];

    /// <summary>Products by SKU, separated by commas; each must be in the catalog file.</summary>
    public ProductSet Products(string key)
    {
        var products = Required(key).Split(',').Select(sku => _products.TryGetValue(sku, out var product)
            ? new ProductRef(product.Sku.ToUpperInvariant(), product.Name)
            : throw new FormatException($"{key} names {sku}, which is not a product of the catalog file")).ToList();
        return new ProductSet(products);
    }

    /// <summary>rack=SKU,SKU (base racks of the catalog file) or rack=* (the default), and optionally generation=.</summary>
    public RackScope Scope()
    {
        var generation = Optional("generation");
        if (Optional("rack") is not { } racks || racks == "*")
        {
            return new RackScope(null, generation);
        }
        var skus = racks.Split(',').Select(sku => _products.TryGetValue(sku, out var product) && product.Rack is not null
            ? product.Sku.ToUpperInvariant()
            : throw new FormatException($"rack names {sku}, which is not a base rack of the catalog file")).ToHashSet(StringComparer.Ordinal);
        return new RackScope(skus, generation);
    }

    /// <summary>Refuses a setting the kind does not know (a typo would otherwise be silently ignored).</summary>
    public void EnsureAllRead()
    {
        if (_settings.Keys.FirstOrDefault(k => !_read.Contains(k)) is { } unknown)
        {
            throw new FormatException($"a {Kind} rule has no setting {unknown}");
        }
    }
}
