using System.Text;

namespace Portal.Application.Configurations.Rules;

/// <summary>
/// A rule's message as the rules file writes it: <c>{key}</c> is a value, <c>{key:rack|racks}</c> a number with its
/// noun ("1 rack", "2 racks"), <c>{key?needs|need}</c> only the word that agrees with the number.
/// </summary>
public sealed class MessageTemplate
{
    private readonly string _text;

    private MessageTemplate(string text) => _text = text;

    public string Text => _text;

    /// <summary>The template, or a <see cref="FormatException"/> saying what is wrong with it in a rules file's words.</summary>
    public static MessageTemplate Parse(string text, IReadOnlyCollection<string> keys)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FormatException("the rule has no message after '|'");
        }
        foreach (var (key, _, _) in Placeholders(text))
        {
            if (!keys.Contains(key))
            {
                throw new FormatException($"the message names {{{key}}}; this kind of rule knows {string.Join(", ", keys.Select(k => $"{{{k}}}"))}");
            }
        }
        return new MessageTemplate(text.Trim());
    }

    public string Render(IReadOnlyDictionary<string, RuleValue> values)
    {
        var message = new StringBuilder(_text.Length + 32);
        var at = 0;
        foreach (var (key, forms, start) in Placeholders(_text))
        {
            message.Append(_text, at, start - at);
            var value = values[key];
            message.Append(forms switch
            {
                null => value.Text,
                { Numbered: true } => $"{value.Text} {forms.For(value.Number)}",
                _ => forms.For(value.Number),
            });
            at = _text.IndexOf('}', start) + 1;
        }
        return message.Append(_text, at, _text.Length - at).ToString();
    }

    private static IEnumerable<(string Key, WordForms? Forms, int Start)> Placeholders(string text)
    {
        for (var start = text.IndexOf('{'); start >= 0; start = text.IndexOf('{', start + 1))
        {
            var end = text.IndexOf('}', start);
            if (end < 0)
            {
                throw new FormatException("the message opens '{' and never closes it");
            }
            var inside = text[(start + 1)..end];
            var split = inside.IndexOfAny([':', '?']);
            if (split < 0)
            {
                yield return (inside, null, start);
                continue;
            }
            var words = inside[(split + 1)..].Split('|');
            if (words.Length != 2)
            {
                throw new FormatException($"{{{inside}}} needs two words, one|many");
            }
            yield return (inside[..split], new WordForms(inside[split] == ':', words[0], words[1]), start);
        }
    }

    private sealed record WordForms(bool Numbered, string One, string Many)
    {
        public string For(decimal number) => number == 1 ? One : Many;
    }
}

/// <summary>A value a message shows, with the number its words agree with.</summary>
public readonly record struct RuleValue(string Text, decimal Number)
{
    public static RuleValue Of(long number) => new(number.ToString("N0"), number);

    public static RuleValue Of(string text) => new(text, 0);

    /// <summary>Watts shown in kilowatts, "65.8".</summary>
    public static RuleValue Kw(long watts) => new($"{watts / 1000m:0.#}", watts / 1000m);
}
