using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Domain.Email;
using Portal.Infrastructure.Email;
using Portal.Infrastructure.Persistence;

namespace Portal.IntegrationTests.Support;

/// <summary>
/// Reads the mails the portal wrote to its outbox folder, once every mail queued so far has been handed over (the
/// portal queues its mails with the change they tell of, and its mail worker sends them after the commit).
/// </summary>
public static partial class Outbox
{
    private static readonly TimeSpan DrainBound = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Until no queued mail waits any more (at most half a minute), asking the portal's sender to send what is due
    /// meanwhile, as its worker would: a mail the worker is handing over is waited for, never sent twice.
    /// </summary>
    public static async Task DrainAsync(PortalFactory factory)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < DrainBound)
        {
            using var scope = factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<MailSender>().RunAsync();
            if (!await scope.ServiceProvider.GetRequiredService<PortalDbContext>().QueuedMails.AnyAsync(m => m.State == QueuedMailState.Pending))
            {
                return;
            }
            await Task.Delay(20);
        }
    }

    public static MimeMessage LatestTo(PortalFactory factory, string address) =>
        AllTo(factory, address).LastOrDefault() ?? throw new InvalidOperationException($"No mail to {address} in the outbox.");

    /// <summary>Every mail to the address, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> AllTo(PortalFactory factory, string address)
    {
        Drain(factory);
        return AllIn(factory.OutboxFolder, address);
    }

    /// <inheritdoc cref="DrainAsync"/>
    public static void Drain(PortalFactory factory) =>
        // Off the test's synchronization context, which a blocked test thread could starve.
        Task.Run(() => DrainAsync(factory)).GetAwaiter().GetResult();

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
