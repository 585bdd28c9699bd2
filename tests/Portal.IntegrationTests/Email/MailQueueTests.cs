using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Email;
using Portal.Infrastructure.Email;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Email;

/// <summary>
/// Mails are rows saved with the change they tell of and sent by the mail worker after the commit: none for a change
/// that rolled back, and one retried until the mail server answers, sent once.
/// </summary>
public abstract class MailQueueTests(DatabaseKind database)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private static async Task QueueAsync(PortalFactory portal, string to, bool commit)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        await using var transaction = await db.BeginTransactionAsync();
        scope.ServiceProvider.GetRequiredService<IMailQueue>().Enqueue(new EmailMessage(to, "Your change", "It is saved."));
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    }

    private static Task<List<QueuedMail>> RowsToAsync(PortalFactory portal, string to) =>
        portal.QueryAsync(db => db.QueuedMails.AsNoTracking().Where(m => m.Recipient == to).ToListAsync());

    [SkippableFact]
    public async Task AMailIsSentAfterItsChangeCommitsAndNeverWhenItRollsBack()
    {
        using var portal = new PortalFactory(database.Create(), new Dictionary<string, string> { ["Demo:Seed"] = "false" });

        await QueueAsync(portal, "rolled-back@mail-test.example", commit: false);
        await QueueAsync(portal, "committed@mail-test.example", commit: true);

        Assert.Equal("Your change", Assert.Single(Outbox.AllTo(portal, "committed@mail-test.example")).Subject);
        Assert.Equal(QueuedMailState.Sent, Assert.Single(await RowsToAsync(portal, "committed@mail-test.example")).State);
        Assert.Empty(Outbox.AllTo(portal, "rolled-back@mail-test.example"));
        Assert.Empty(await RowsToAsync(portal, "rolled-back@mail-test.example"));
    }

    [SkippableFact]
    public async Task WithTheMailServerDownAMailIsRetriedAndSentOnceWhenItIsUp()
    {
        const string To = "retried@mail-test.example";
        var port = LoopbackPorts.Free();
        using var portal = WithoutWorker(port);

        await QueueAsync(portal, To, commit: true);
        await Jobs.RunAsync<MailSender>(portal);
        var failed = Assert.Single(await RowsToAsync(portal, To));
        await using var smtp = new SmtpReceiver(port);
        // The server is up, but the mail waits its turn.
        await Jobs.RunAsync<MailSender>(portal);
        var waiting = Assert.Single(await RowsToAsync(portal, To));
        _clock.Advance(QueuedMail.Backoff[0]);
        await Jobs.RunAsync<MailSender>(portal);
        await Jobs.RunAsync<MailSender>(portal);

        Assert.Equal((QueuedMailState.Pending, 1, "The server could not be reached."), (failed.State, failed.Attempts, failed.LastFailure));
        Assert.Equal((QueuedMailState.Pending, 1), (waiting.State, waiting.Attempts));
        var sent = Assert.Single(await RowsToAsync(portal, To));
        Assert.Equal((QueuedMailState.Sent, 2), (sent.State, sent.Attempts));
        Assert.Contains("Subject: Your change", Assert.Single(smtp.Messages, m => m.Contains($"To: {To}", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task AMailNoServerTakesIsGivenUpAtOnceAndOneThatKeepsFailingAfterTheLastAttempt()
    {
        const string Unaddressable = "";
        const string To = "never@mail-test.example";
        using var portal = WithoutWorker(LoopbackPorts.Free());

        await QueueAsync(portal, Unaddressable, commit: true);
        await QueueAsync(portal, To, commit: true);
        var attempts = new List<int>();
        foreach (var wait in QueuedMail.Backoff.Prepend(TimeSpan.Zero).Append(TimeSpan.FromDays(1)))
        {
            _clock.Advance(wait);
            attempts.Add(await Jobs.RunAsync<MailSender>(portal));
        }

        Assert.Equal([2, 1, 1, 1, 1, 1, 1, 0], attempts);
        var unaddressable = Assert.Single(await RowsToAsync(portal, Unaddressable));
        Assert.Equal((QueuedMailState.Abandoned, 1, "The address is not one a mail can go to."),
            (unaddressable.State, unaddressable.Attempts, unaddressable.LastFailure));
        var neverSent = Assert.Single(await RowsToAsync(portal, To));
        Assert.Equal((QueuedMailState.Abandoned, QueuedMail.MaxAttempts, null), (neverSent.State, neverSent.Attempts, neverSent.NextAttemptUtc));
    }

    [SkippableFact]
    public async Task AForgotPasswordAnswersWithoutWaitingForTheMailServer()
    {
        // A mail server that takes the connection and never says a word: whoever waits for it waits ten minutes.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        using var portal = new PortalFactory(database.Create(), new Dictionary<string, string>
        {
            ["Jobs:Run"] = "false",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:UseStartTls"] = "false",
            ["Email:Smtp:TimeoutSeconds"] = "600",
        });
        using var visitor = portal.NewClient();

        var answer = await visitor.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = "buyer@helios.example" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var queued = Assert.Single(await RowsToAsync(portal, "buyer@helios.example"), m => m.Subject == "Reset your sales portal password");
        Assert.Equal(QueuedMailState.Pending, queued.State);
    }

    [SkippableFact]
    public async Task MailsThatEndedAreForgottenAfterAWeekAndThoseThatWaitAreKept()
    {
        using var portal = WithoutWorker(LoopbackPorts.Free());
        await QueueAsync(portal, "", commit: true);
        await Jobs.RunAsync<MailSender>(portal);
        await QueueAsync(portal, "waiting@mail-test.example", commit: true);

        _clock.Advance(QueuedMail.KeptFor - TimeSpan.FromMinutes(1));
        var early = await Jobs.RunAsync<ForgetSentMails>(portal);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var late = await Jobs.RunAsync<ForgetSentMails>(portal);

        Assert.Equal((0, 1), (early, late));
        Assert.Equal(["waiting@mail-test.example"], await portal.QueryAsync(db => db.QueuedMails.Select(m => m.Recipient).ToListAsync()));
    }

    /// <summary>A portal whose mail server is on the port given, on a clock the test moves, whose mails only the test sends.</summary>
    private PortalFactory WithoutWorker(int smtpPort) =>
        new(database.Create(), new Dictionary<string, string>
        {
            ["Demo:Seed"] = "false",
            ["Jobs:Run"] = "false",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:UseStartTls"] = "false",
        }, services => services.AddSingleton<TimeProvider>(_clock));
}

public sealed class MailQueueOnSqlite() : MailQueueTests(DatabaseKind.Sqlite);

public sealed class MailQueueOnPostgreSql() : MailQueueTests(DatabaseKind.Postgres);
