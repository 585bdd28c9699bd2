namespace Portal.IntegrationTests.Hostile;

/// <summary>Values no form expects: a person's slip, another script, a copy-paste accident or an attacker's probe.</summary>
public static class HostileValues
{
    /// <summary>For any field or query parameter.</summary>
    public static readonly IReadOnlyList<string> ForFields =
    [
        "",
        "   ",
        new string('x', 100_000),
        new string('9', 100_000),
        "报价请求：液冷机柜",
        "\u202Bطلب عرض سعر\u202C", // Arabic, embedded right to left
        "🚀🔥👩‍💻🇩🇪",
        "Z\u0351\u0360a\u0336l\u0337g\u0338o\u0489", // combining marks
        "\u200B\u200C\u200D\uFEFF", // zero-width characters only
        "1e309", // past double.MaxValue
        "-0",
        "NaN",
        "９９", // full-width digits
        "0x10",
        "2147483648", // past int.MaxValue
        "9223372036854775808", // past long.MaxValue
        "-1",
        "1,5",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "a\0b", // a null byte
        "\u0001\u0007\u001b[31m", // control characters
        "\r\n\r\n",
        "2026-13-45",
        "../../../etc/passwd",
        "{0}%s%n",
    ];

    /// <summary>For the numeric ids in addresses.</summary>
    public static readonly IReadOnlyList<string> ForIds = ["0", "-1", "2147483648", "99999999", "abc"];

    /// <summary>Field names no form has, some shaped like the portal's own (a foreign key, a status, a list index far out).</summary>
    public static readonly IReadOnlyList<string> UnknownFields = ["Unexpected", "OrganizationId", "Status", "Id", "Lines[99999999].Quantity", "Lines[-1].Sku"];
}
