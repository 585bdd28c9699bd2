namespace Portal.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "Sales portal <portal@localhost>";

    /// <summary>When Host is empty, mails go to the outbox folder instead of an SMTP server.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How long the mail sender sleeps when no commit woke it: the longest a retry that fell due waits for it.</summary>
    public int PollSeconds { get; set; } = 15;

    /// <summary>How many mails one instance hands over at once.</summary>
    public int Parallel { get; set; } = 2;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>How long the server has to answer each step; well under the claim on a mail's attempt (see <c>OutboxItem.ClaimTime</c>).</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
