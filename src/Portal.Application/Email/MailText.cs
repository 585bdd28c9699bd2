namespace Portal.Application.Email;

/// <summary>How a mail's text leads to a page: the words of the way there on a line ending in a colon, the address alone on the next.</summary>
public static class MailText
{
    /// <summary>The body, then the way to the page (the HTML part shows it as a button).</summary>
    public static string WithLink(string body, string label, string url) => $"{body.TrimEnd()}\n\n{label}:\n{url}\n";
}
