namespace Portal.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "Sales portal <portal@localhost>";

    /// <summary>When Host is empty, mails go to the outbox folder instead of an SMTP server.</summary>
    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
