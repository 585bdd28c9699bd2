using System.Text.RegularExpressions;
using MimeKit;

namespace Portal.IntegrationTests.Support;

/// <summary>Reads the mails the portal wrote to its outbox folder.</summary>
public static partial class Outbox
{
    public static MimeMessage LatestTo(PortalFactory factory, string address) =>
        AllTo(factory, address).LastOrDefault() ?? throw new InvalidOperationException($"No mail to {address} in the outbox.");

    /// <summary>Every mail to the address, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> AllTo(PortalFactory factory, string address) => AllIn(factory.OutboxFolder, address);

    /// <summary>Every mail to the address in the outbox folder given, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> AllIn(string outboxFolder, string address) =>
        Directory.Exists(outboxFolder)
            ? Directory.EnumerateFiles(outboxFolder, "*.eml").Order(StringComparer.Ordinal)
                .Select(path => MimeMessage.Load(path))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList()
            : [];

    /// <summary>The first link in the mail, as a path and query on the portal.</summary>
    public static string LinkIn(MimeMessage mail) => new Uri(AbsoluteLinkIn(mail)).PathAndQuery;

    /// <summary>The first link in the mail, as it is written there.</summary>
    public static string AbsoluteLinkIn(MimeMessage mail)
    {
        var match = Link().Match(mail.TextBody ?? string.Empty);
        Assert.True(match.Success, $"The mail '{mail.Subject}' has no link.");
        return match.Value;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
