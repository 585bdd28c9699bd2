namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// Sends hostile inputs as one visitor and keeps every answer that is a server failure (500 or more, or no answer at
/// all), or that is not 400 where a spoilt antiforgery token should get one. Signs the visitor in again when an input
/// ended the session, so the rest still reaches the pages behind the sign-in.
/// </summary>
public sealed class Fuzzer(Support.PortalClient client, Visitor visitor)
{
    public List<string> Failures { get; } = [];

    public int Sent { get; private set; }

    public int SignIns { get; private set; }

    /// <summary>How many answers of each status, to show how far the inputs got.</summary>
    public SortedDictionary<int, int> Answers { get; } = new();

    public async Task SendAsync(HostileInput input)
    {
        Sent++;
        HttpResponseMessage response;
        try
        {
            response = await client.Http.SendAsync(input.ToRequest());
        }
        catch (Exception e)
        {
            Failures.Add($"{visitor} {input}: no answer ({e.GetType().Name}: {e.Message})");
            return;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            Answers[status] = Answers.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                Failures.Add($"{visitor} {input}: {status}");
            }
            else if (input.ExpectsBadRequest && status != 400)
            {
                Failures.Add($"{visitor} {input}: {status}, expected 400");
            }
            if (visitor.HasLostSession(response))
            {
                await visitor.SignInAsync(client);
                SignIns++;
            }
        }
    }
}
