using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Domain.Compliance;

/// <summary>
/// Plain Latin for the lower-case letters that have no accent to drop: a few Latin letters of their own (ß, æ, ø, ł, đ...),
/// Cyrillic (Russian as GOST 7.79 and passports write it, ж zh, х kh, ц ts, щ shch, ю yu, я ya; with the Ukrainian,
/// Belarusian and Serbian letters) and Greek (ELOT 743). Letters that decompose (й, ё, ї, ў, accented Greek) arrive
/// already without their mark; the soft and hard signs have no sound and are dropped.
/// </summary>
internal static partial class LatinLetters
{
    private static readonly FrozenDictionary<char, string> Letters = Table(
        "ß=ss æ=ae œ=oe ø=o ł=l đ=d ð=d þ=th ı=i ħ=h ŋ=n ſ=s ĸ=k",
        "а=a б=b в=v г=g д=d е=e ж=zh з=z и=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya",
        "і=i є=ye ґ=g ђ=dj ј=j љ=lj њ=nj ћ=c џ=dz ѕ=dz",
        "α=a β=v γ=g δ=d ε=e ζ=z η=i θ=th ι=i κ=k λ=l μ=m ν=n ξ=x ο=o π=p ρ=r σ=s ς=s τ=t υ=y φ=f χ=ch ψ=ps ω=o");

    /// <summary>
    /// Greek pairs of letters read as one sound (ELOT 743), in lower-case text without accents: ου is "ou"; υ after α,
    /// ε or η is "f" before a voiceless consonant or at the end of a word, and "v" elsewhere (Ναυτιλιακή, Naftiliaki).
    /// </summary>
    public static string ReadGreekPairs(string text) => text.Contains('υ', StringComparison.Ordinal)
        ? UpsilonAsV().Replace(UpsilonAsF().Replace(text.Replace("ου", "ou", StringComparison.Ordinal), "f"), "v")
        : text;

    public static void Append(StringBuilder word, char letter)
    {
        if (Letters.TryGetValue(letter, out var latin))
        {
            word.Append(latin);
        }
        else
        {
            word.Append(letter);
        }
    }

    private static FrozenDictionary<char, string> Table(params string[] alphabets) => alphabets
        .SelectMany(a => a.Split(' '))
        .ToFrozenDictionary(pair => pair[0], pair => pair[2..]);

    [GeneratedRegex(@"(?<=[αεη])υ(?=[θκξπστφχψ]|\P{L}|$)")]
    private static partial Regex UpsilonAsF();

    [GeneratedRegex("(?<=[αεη])υ")]
    private static partial Regex UpsilonAsV();
}
