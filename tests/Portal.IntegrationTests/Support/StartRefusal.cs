namespace Portal.IntegrationTests.Support;

/// <summary>Why a portal refused to start: the messages of the exception and of every exception inside it.</summary>
public static class StartRefusal
{
    public static string Of(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }
        return string.Join(" | ", messages);
    }
}
