using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Application.Common;
using Portal.Domain.Email;
using Portal.Infrastructure.Outbox;

namespace Portal.Infrastructure.Email;

/// <summary>Sends every queued mail that is due, a few at once (see <see cref="MailAttempt"/>), from any number of instances.</summary>
public sealed class MailSender(IPortalDb db, IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock)
    : OutboxSender<QueuedMail, MailAttempt>("Mail", db.QueuedMails, options.Value.Parallel, scopes, clock);
