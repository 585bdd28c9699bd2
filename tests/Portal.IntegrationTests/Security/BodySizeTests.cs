using System.Net;
using System.Text;
using System.Text.Json;
using Portal.IntegrationTests.Support;
using Portal.Web.Common;

namespace Portal.IntegrationTests.Security;

/// <summary>The portal on a real port, where the server itself counts the bytes of a body sent in chunks.</summary>
public sealed class ListeningPortal() : PortalFixture(DatabaseKind.Sqlite)
{
    private Uri? _address;

    public PortalClient NewClient() => PortalClient.Over(_address ??= Factory.Listen(), new CookieContainer());
}

/// <summary>
/// A body over its endpoint's limit is a 413, announced with a length or sent in chunks, never a 500: problem details
/// from the API, a short text from the payment webhook, the friendly page from a form; the list upload takes more.
/// </summary>
public sealed class BodySizeTests(ListeningPortal portal) : IClassFixture<ListeningPortal>
{
    private const int Megabyte = 1024 * 1024;

    /// <summary>
    /// A body of that many bytes, with its length announced or sent in chunks without one. JSON is one long string value,
    /// well formed, so the reader must take it whole: a body it could refuse on its first bytes would be a 400 before
    /// the limit is reached, whichever the server reads first.
    /// </summary>
    private static HttpContent Body(int bytes, bool chunked, string mediaType)
    {
        var text = new string('a', bytes);
        var content = Encoding.ASCII.GetBytes(mediaType == "application/json" ? $"{{\"notes\":\"{text}\"}}" : text);
        HttpContent body = chunked ? new StreamContent(new UnknownLengthStream(content)) : new ByteArrayContent(content);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return body;
    }

    private async Task<(HttpStatusCode Status, string? MediaType, string Text)> PostAsync(string path, HttpContent body, string? apiKey = null)
    {
        using var client = portal.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        // As curl asks before it sends a large body: a body refused by its length is then never sent, so the client
        // reads the 413 instead of finding the connection closed under a body it is still writing.
        request.Headers.ExpectContinue = true;
        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {apiKey}");
        }
        using var response = await client.Http.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheApiAnswersABodyOverItsLimitWithA413Problem(bool chunked)
    {
        using var owner = portal.NewClient();
        await owner.SignInAsync("buyer@helios.example");
        var key = (await owner.SubmitAsync("/Customer/ApiKeys", new Dictionary<string, string> { ["name"] = "ERP", ["write"] = "true" }, "/Customer/ApiKeys/Create"))
            .Text(".new-api-key");

        var answer = await PostAsync("/api/v1/quotes", Body(chunked ? 2 * Megabyte : 35 * Megabyte, chunked, "application/json"), key);

        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "application/problem+json"), (answer.Status, answer.MediaType));
        Assert.Contains($"at most {RequestBodyLimits.ApiBytes / 1024:N0} KB", JsonDocument.Parse(answer.Text).RootElement.GetProperty("detail").GetString());
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ThePaymentWebhookAnswersABodyOverItsLimitWithAShort413(bool chunked)
    {
        var answer = await PostAsync("/payments/webhook", Body(2 * Megabyte, chunked, "application/json"));

        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "text/plain"), (answer.Status, answer.MediaType));
        Assert.StartsWith("Too large", answer.Text);
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFormOverItsLimitGetsTheFriendly413Page(bool chunked)
    {
        var answer = await PostAsync("/Account/Login", Body(2 * Megabyte, chunked, "application/x-www-form-urlencoded"));

        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "text/html"), (answer.Status, answer.MediaType));
        Assert.Contains("That is more than this form takes", answer.Text);
    }

    [SkippableFact]
    public async Task TheRestrictedPartyListUploadStillTakesAFileOverTheFormLimit()
    {
        using var admin = portal.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        var rows = string.Concat(Enumerable.Range(0, 2 * Megabyte / 20).Select(i => $"Acme {i:D8},US\n"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await admin.AntiforgeryTokenAsync("/Compliance/Screenings")), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes($"company,country\n{rows}")), "file", "not-a-list.csv" },
        };

        var page = await PortalClient.Page.ReadAsync(await admin.Http.PostAsync("/Compliance/Screenings/Upload", form));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("name", page.FieldMessage("file"));
    }

    /// <summary>Hides its length, so that the client sends the body in chunks.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
