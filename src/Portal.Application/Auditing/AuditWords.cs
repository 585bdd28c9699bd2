using System.Reflection;
using System.Text.RegularExpressions;
using Portal.Domain.Auditing;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Auditing;

/// <summary>
/// How an audit row reads for people, wherever it is shown (the admin's audit log, a quote's timeline): its action by
/// the label declared beside it (each feature's <c>XAudit</c> class), and a state it kept by the name the status has on
/// every page ("InReview" reads "In review", "RefundOwed" "Refund owed"). Anything else it kept (a quarter, "2 × rack")
/// reads as it was written. The kind of thing a row is about reads as words too ("WaitlistEntry" reads "Waitlist entry").
/// </summary>
public static partial class AuditWords
{
    private static readonly IReadOnlyDictionary<string, string> Labels = typeof(AuditWords).Assembly.GetTypes()
        .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(field => field.FieldType == typeof(AuditAction))
        .Select(field => (AuditAction)field.GetValue(null)!)
        .GroupBy(action => action.Name, StringComparer.Ordinal)
        .ToDictionary(same => same.Key, same => same.First().Label, StringComparer.Ordinal);

    public static string Action(string stored) => Labels.GetValueOrDefault(stored, stored);

    public static string Entity(string entityType) =>
        LaterWord().Replace(entityType, word => " " + word.Value.ToLowerInvariant()).Replace("Api ", "API ", StringComparison.Ordinal);

    public static string? State(string? stored) => stored switch
    {
        null => null,
        _ when Enum.IsDefined(typeof(QuoteStatus), stored) => QuoteStatusText.Label(Enum.Parse<QuoteStatus>(stored)),
        _ when Enum.IsDefined(typeof(DepositState), stored) => DepositStateText.Label(Enum.Parse<DepositState>(stored)),
        _ => stored,
    };

    [GeneratedRegex("(?<=[a-z])[A-Z]")]
    private static partial Regex LaterWord();
}
