using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Email;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Faults;

/// <summary>
/// A mail is saved with the change it tells of: a portal process killed (SIGKILL) after the commit, while its mail
/// server is unreachable, loses nothing; started again with the server up, it sends the mail, once.
/// </summary>
public sealed class MailSurvivesACrashOnPostgreSql
{
    private const string Buyer = "buyer@helios.example";
    private const string Subject = "Reset your sales portal password";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private static Dictionary<string, string> Smtp(int port) => new()
    {
        ["Email__Smtp__Host"] = "127.0.0.1",
        ["Email__Smtp__Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Email__Smtp__UseStartTls"] = "false",
        ["Email__PollSeconds"] = "1",
    };

    [SkippableFact]
    public async Task AMailQueuedBeforeTheProcessWasKilledIsSentOnceByTheNextStart()
    {
        // Migrates and seeds the database, and reads it; sends nothing itself.
        using var database = new PortalFactory(DatabaseKind.Postgres.Create(), new Dictionary<string, string> { ["Jobs:Run"] = "false" });
        var connectionString = await database.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var unreachable = LoopbackPorts.Free();

        QueuedMail failed;
        using (var doomed = new PortalProcess(connectionString, Smtp(unreachable)))
        {
            using var visitor = doomed.NewClient();
            await visitor.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = Buyer });
            failed = await UntilAsync(database, mail => mail.LastFailure is not null, doomed);
            doomed.Kill();
        }
        await using var smtp = new SmtpReceiver();
        using var restarted = new PortalProcess(connectionString, Smtp(smtp.Port));
        var sent = await UntilAsync(database, mail => mail.State == QueuedMailState.Sent, restarted);
        // Time for a second sending, were there one.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal((QueuedMailState.Pending, 1, "The server could not be reached."), (failed.State, failed.Attempts, failed.LastFailure));
        Assert.Equal(2, sent.Attempts);
        var mail = Assert.Single(smtp.Messages,
            m => m.Contains($"To: {Buyer}", StringComparison.Ordinal) && m.Contains($"Subject: {Subject}", StringComparison.Ordinal));
        Assert.Contains("/Account/ResetPassword?", mail);
    }

    private static async Task<QueuedMail> UntilAsync(PortalFactory database, Func<QueuedMail, bool> done, PortalProcess portal)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Bound)
        {
            var mail = await database.QueryAsync(db => db.QueuedMails.AsNoTracking().SingleOrDefaultAsync(m => m.Recipient == Buyer && m.Subject == Subject));
            if (mail is not null && done(mail))
            {
                return mail;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The reset mail did not get there:\n{portal.Log}");
    }
}
