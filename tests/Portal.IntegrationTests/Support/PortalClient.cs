using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace Portal.IntegrationTests.Support;

/// <summary>A browser-like client: keeps cookies, reads pages as HTML and submits their forms with the antiforgery token.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly IBrowsingContext Html = BrowsingContext.New(Configuration.Default);

    public HttpClient Http => http;

    /// <summary>A client of a portal listening on a real port, with the cookie jar given (shared by clients of one browser) or its own.</summary>
    public static PortalClient Over(Uri address, CookieContainer? cookies = null) =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer() }) { BaseAddress = address });

    public async Task<Page> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return await Page.ReadAsync(response);
    }

    /// <summary>
    /// Opens the page, fills the form that posts to <paramref name="formAction"/> (its action, or one of its buttons'
    /// formaction), or the first form, and submits it.
    /// </summary>
    public async Task<Page> SubmitAsync(string pageUrl, IReadOnlyDictionary<string, string> values, string? formAction = null)
    {
        var page = await GetAsync(pageUrl);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {pageUrl} answered {(int)page.Status}.");
        return await SubmitAsync(page, values, formAction);
    }

    public async Task<Page> SubmitAsync(Page page, IReadOnlyDictionary<string, string> values, string? formAction = null)
    {
        var form = page.Form(formAction);
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll(FormFields.Selector))
        {
            var name = input.GetAttribute("name")!;
            var value = FormFields.ValueOf(input);
            if (value is not null && !fields.ContainsKey(name))
            {
                fields[name] = value;
            }
        }
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }
        var action = formAction ?? form.GetAttribute("action") ?? page.Url;
        return await PostAsync(action, fields);
    }

    public async Task<Page> PostAsync(string url, IReadOnlyDictionary<string, string> fields)
    {
        var response = await http.PostAsync(url, new FormUrlEncodedContent(fields));
        return await Page.ReadAsync(response);
    }

    public async Task SignInAsync(string email, string password = PortalFactory.DemoPassword)
    {
        var page = await SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Sign-in of {email} failed: {page.Text("[role=alert]")}");
    }

    /// <summary>A token for hand-made posts: read from any page this client can open that has a form.</summary>
    public async Task<string> AntiforgeryTokenAsync(string pageUrl)
    {
        var page = await GetAsync(pageUrl);
        return page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl} has no form with an antiforgery token.");
    }

    public void Dispose() => http.Dispose();

    public sealed record Page(HttpStatusCode Status, string Url, string? Location, string Body, IDocument Document)
    {
        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            var body = await response.Content.ReadAsStringAsync();
            var document = await Html.OpenAsync(request => request.Content(body));
            return new Page(response.StatusCode, response.RequestMessage!.RequestUri!.PathAndQuery,
                response.Headers.Location?.OriginalString, body, document);
        }

        public IElement Form(string? action = null) =>
            (action is null
                ? Document.QuerySelector("main form[method=post]")
                : Document.QuerySelectorAll("form").FirstOrDefault(f =>
                    string.Equals(f.GetAttribute("action"), action, StringComparison.OrdinalIgnoreCase)
                    || f.QuerySelectorAll("button[formaction]").Any(b => string.Equals(b.GetAttribute("formaction"), action, StringComparison.OrdinalIgnoreCase))))
            ?? throw new InvalidOperationException($"{Url} has no form posting to {action ?? "anywhere"}.");

        /// <summary>The field messages shown next to a form's inputs, by field name.</summary>
        public string FieldMessage(string field) =>
            Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;

        public string Text(string selector) =>
            string.Join(" ", Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()));
    }
}
