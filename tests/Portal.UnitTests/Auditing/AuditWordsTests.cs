using System.Reflection;
using System.Text.RegularExpressions;
using Portal.Application.Auditing;
using Portal.Domain.Auditing;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.UnitTests.Auditing;

/// <summary>Every audit action and every status an audit row keeps reads in words, from the one table that names it.</summary>
public sealed partial class AuditWordsTests
{
    private static IEnumerable<AuditAction> Declared() =>
        typeof(AuditWords).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.FieldType == typeof(AuditAction))
            .Select(field => (AuditAction)field.GetValue(null)!);

    [Fact]
    public void EveryDeclaredActionHasALabelInWords()
    {
        var codes = Declared().Where(action => CodeName().IsMatch(action.Label)).Select(action => action.Name).ToList();

        Assert.True(Declared().Count() > 50);
        Assert.True(codes.Count == 0, $"Give these actions a label in words: {string.Join(", ", codes)}");
    }

    [Fact]
    public void AnActionKeptUnderItsCodeReadsByItsLabel()
    {
        Assert.Equal("Held for an export licence", AuditWords.Action("ComplianceHold"));
        Assert.Equal("API key created", AuditWords.Action("ApiKeyCreated"));
        Assert.Equal("Claimed", AuditWords.Action("Claimed"));
        Assert.Equal("Something new", AuditWords.Action("Something new"));
    }

    [Fact]
    public void AStateReadsAsItsStatusDoesOnEveryPage()
    {
        Assert.All(Enum.GetValues<QuoteStatus>(), status => Assert.Equal(QuoteStatusText.Label(status), AuditWords.State(status.ToString())));
        Assert.All(Enum.GetValues<DepositState>(), state => Assert.Equal(DepositStateText.Label(state), AuditWords.State(state.ToString())));
        Assert.Equal("2027-Q1", AuditWords.State("2027-Q1"));
        Assert.Equal("2", AuditWords.State("2"));
        Assert.Null(AuditWords.State(null));
    }

    [Fact]
    public void TheKindOfThingARowIsAboutReadsAsWords()
    {
        Assert.Equal("Quote", AuditWords.Entity("Quote"));
        Assert.Equal("Waitlist entry", AuditWords.Entity("WaitlistEntry"));
        Assert.Equal("API key", AuditWords.Entity("ApiKey"));
        Assert.Equal("Webhook delivery", AuditWords.Entity("WebhookDelivery"));
    }

    /// <summary>Two capitalised words run together, as code spells them ("ComplianceHold").</summary>
    [GeneratedRegex(@"[a-z][A-Z]")]
    private static partial Regex CodeName();
}
