using Portal.Application.Common;
using Portal.Domain.Email;

namespace Portal.Application.Email;

/// <summary>Forgets the mails that were sent or given up and queued more than <see cref="QueuedMail.KeptFor"/> ago (their links with them).</summary>
public sealed class ForgetSentMails(IPortalDb db, TimeProvider clock)
    : ForgetEnded<QueuedMail>("Forget sent mails", db.QueuedMails, QueuedMail.KeptFor, clock);
