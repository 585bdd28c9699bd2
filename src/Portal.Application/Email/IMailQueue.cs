namespace Portal.Application.Email;

/// <summary>Adds a mail to the current unit of work: it is saved with the change it tells of, and the mail worker sends it after the commit.</summary>
public interface IMailQueue
{
    void Enqueue(EmailMessage message);
}
