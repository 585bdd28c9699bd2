using Portal.Domain.Compliance;

namespace Portal.UnitTests.Builders;

/// <summary>
/// A made-up restricted-party list, the same for the same seed: company names from invented words (syllables that
/// read alike in Latin and Cyrillic), trade words and legal forms; a third of the parties also have a Cyrillic or a
/// short alternate name. It also writes the names a screening meets: listed names as customers write them (another
/// legal form, case, word order, a typo, a word left out, Cyrillic) and names of its own that are not listed.
/// </summary>
public sealed class MadeUpParties(int seed)
{
    private static readonly (string Latin, string Cyrillic)[] Syllables =
    [
        ("ka", "ка"), ("ro", "ро"), ("vel", "вел"), ("tan", "тан"), ("mi", "ми"), ("sor", "сор"), ("du", "ду"),
        ("lex", "лекс"), ("bor", "бор"), ("ne", "не"), ("ta", "та"), ("ri", "ри"), ("zan", "зан"), ("pol", "пол"),
        ("gra", "гра"), ("vi", "ви"), ("tek", "тек"), ("mar", "мар"), ("sta", "ста"), ("lin", "лин"), ("ko", "ко"),
        ("den", "ден"), ("fa", "фа"), ("nor", "нор"), ("ul", "ул"), ("chi", "чи"), ("zhe", "же"), ("ya", "я"),
        ("shan", "шан"), ("ber", "бер"), ("is", "ис"), ("om", "ом"),
    ];

    private static readonly (string Latin, string Cyrillic)[] TradeWords =
    [
        ("Trading", "Трейдинг"), ("Technology", "Технолоджи"), ("Electronics", "Электроникс"), ("Industrial", "Индастриал"),
        ("Group", "Груп"), ("Holdings", "Холдингс"), ("International", "Интернешнл"), ("Systems", "Системс"),
        ("Engineering", "Инжиниринг"), ("Logistics", "Логистикс"), ("Aerospace", "Аэроспейс"), ("Machinery", "Машинери"),
        ("Research Institute", "Рисерч Институт"), ("Shipping", "Шиппинг"), ("Precision", "Прецижн"),
        ("Materials", "Материалс"), ("Import Export", "Импорт Экспорт"), ("Semiconductor", "Семикондактор"),
        ("Optics", "Оптикс"), ("Microwave", "Микровейв"),
    ];

    private static readonly string[] LegalForms = ["LLC", "Co., Ltd.", "Ltd", "GmbH", "JSC", "OOO", "S.A.", "Pte. Ltd.", "FZE", "Inc.", "", ""];

    private readonly Random _random = new(seed);

    public IReadOnlyList<RestrictedParty> Parties(int count) =>
        Enumerable.Range(1, count).Select(Party).ToArray();

    /// <summary>A listed name as a customer might write it.</summary>
    public string Variant(RestrictedParty party)
    {
        var words = party.Name.Split(' ');
        return _random.Next(6) switch
        {
            0 => party.Name.ToUpperInvariant(),
            1 => string.Join(' ', words.Skip(1).Append(words[0])),
            2 => $"{party.Name} {Pick(LegalForms)}",
            3 => Typo(words),
            4 => words.Length > 1 ? string.Join(' ', words[..^1]) : party.Name,
            _ => party.AlternateNames.FirstOrDefault() ?? party.Name.ToLowerInvariant(),
        };
    }

    /// <summary>A name made like the listed ones, which may or may not be listed.</summary>
    public string Unlisted() => string.Join(' ', Words().Select(w => w.Latin).Append(Pick(LegalForms))).Trim();

    private RestrictedParty Party(int number)
    {
        var words = Words();
        var latin = string.Join(' ', words.Select(w => w.Latin));
        var alternates = _random.Next(3) switch
        {
            0 => [$"ООО «{string.Join(' ', words.Select(w => w.Cyrillic))}»"],
            1 when words.Count > 1 => [words[0].Latin],
            _ => Array.Empty<string>(),
        };
        var country = Pick(["AE", "CN", "HK", "IR", "RU", "BY", "SY", "KP", "TR", "MY"]);
        return new RestrictedParty("Entity List (EL) - Bureau of Industry and Security", $"made-up-{number}",
            $"{latin} {Pick(LegalForms)}".Trim(), alternates, [$"{_random.Next(1, 300)} Made-up Street, Somewhere, {country}"], [country]);
    }

    private List<(string Latin, string Cyrillic)> Words()
    {
        var words = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Invented()).ToList();
        words.AddRange(Enumerable.Range(0, _random.Next(3)).Select(_ => Pick(TradeWords)));
        return words;
    }

    private (string Latin, string Cyrillic) Invented()
    {
        var syllables = Enumerable.Range(0, _random.Next(2, 4)).Select(_ => Pick(Syllables)).ToArray();
        return (Capitalized(string.Concat(syllables.Select(s => s.Latin))), Capitalized(string.Concat(syllables.Select(s => s.Cyrillic))));
    }

    /// <summary>The name with one letter of its longest word replaced.</summary>
    private string Typo(string[] words)
    {
        var longest = Array.IndexOf(words, words.MaxBy(w => w.Length));
        var at = _random.Next(words[longest].Length);
        words[longest] = string.Concat(words[longest].AsSpan(0, at), "x", words[longest].AsSpan(at + 1));
        return string.Join(' ', words);
    }

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
