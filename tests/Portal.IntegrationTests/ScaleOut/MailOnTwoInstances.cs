using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Email;
using Portal.Infrastructure.Email;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.ScaleOut;

/// <summary>Two instances on one PostgreSQL database both send the queued mails: each mail goes out once, from one of them.</summary>
public sealed class MailOnTwoInstances(TwoPortals portals) : IClassFixture<TwoPortals>
{
    [SkippableFact]
    public async Task TwoInstancesSendingAtOnceSendEachMailOnce()
    {
        var recipients = Enumerable.Range(1, 40).Select(i => $"two-instances-{i}@mail-test.example").ToList();
        // The demo's own mails go out first, so the senders below find only these and count only their attempts.
        await Outbox.DrainAsync(portals.First);
        using (var scope = portals.First.Services.CreateScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<IMailQueue>();
            recipients.ForEach(to => queue.Enqueue(new EmailMessage(to, "Once only", "One of you sends this.")));
            await scope.ServiceProvider.GetRequiredService<IPortalDb>().SaveChangesAsync();
        }

        // Both workers are at it already (the first was woken by the commit); each instance runs its sender twice more besides.
        var made = await Task.WhenAll(new[] { portals.First, portals.Second, portals.First, portals.Second }.Select(p => Task.Run(() => Jobs.RunAsync<MailSender>(p))));
        await Outbox.DrainAsync(portals.First);
        await Outbox.DrainAsync(portals.Second);

        var sent = recipients.ToDictionary(to => to,
            to => Outbox.AllIn(portals.First.OutboxFolder, to).Count + Outbox.AllIn(portals.Second.OutboxFolder, to).Count);
        Assert.All(sent, mail => Assert.True(mail.Value == 1, $"{mail.Key} got {mail.Value} mails."));
        var rows = await portals.First.QueryAsync(db => db.QueuedMails.AsNoTracking().Where(m => recipients.Contains(m.Recipient)).ToListAsync());
        Assert.All(rows, row => Assert.Equal((QueuedMailState.Sent, 1), (row.State, row.Attempts)));
        Assert.True(made.Sum() <= recipients.Count);
    }
}
