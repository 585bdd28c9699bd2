using System.Globalization;

namespace Portal.Domain.Common;

/// <summary>A calendar quarter such as 2027-Q1; supply is allocated quarter by quarter.</summary>
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    public const int TextLength = 7;

    /// <summary>
    /// How many quarters past the current one anything can be asked for: a delivery, a place in a waitlist, supply.
    /// Five years: nobody plans racks further ahead, so a later quarter is a slip of the keyboard.
    /// </summary>
    public const int HorizonQuarters = 20;

    public static Quarter Containing(DateTime utc) => new(utc.Year, (utc.Month - 1) / 3 + 1);

    public Quarter Plus(int quarters)
    {
        var index = Year * 4 + (Number - 1) + quarters;
        return new Quarter(index / 4, index % 4 + 1);
    }

    /// <summary>The last quarter anything can be asked for, seen from <paramref name="now"/>.</summary>
    public static Quarter Horizon(DateTime now) => Containing(now).Plus(HorizonQuarters);

    public DateTime StartUtc => new(Year, (Number - 1) * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public int CompareTo(Quarter other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;
    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;
    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}");

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is null || text.Length != TextLength || text[4] != '-' || text[5] != 'Q')
        {
            return false;
        }
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 2000 || text[6] < '1' || text[6] > '4')
        {
            return false;
        }
        quarter = new Quarter(year, text[6] - '0');
        return true;
    }

    public static Quarter Parse(string text) =>
        TryParse(text, out var quarter) ? quarter : throw new FormatException($"'{text}' is not a quarter like 2027-Q1.");
}
