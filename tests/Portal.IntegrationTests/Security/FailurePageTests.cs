using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Email;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Security;

public sealed class FailurePageTests
{
    private sealed class BrokenOutbox : IMailOutbox
    {
        public IReadOnlyList<OutboxMail> List(int max) => throw new IOException("The outbox disk is gone (secret detail).");

        public OutboxMail? Find(string id) => throw new IOException("The outbox disk is gone (secret detail).");
    }

    [Fact]
    public async Task AnUnexpectedFailureIsAFriendly500WithARequestIdAndNoDetails()
    {
        using var factory = new PortalFactory(new SqliteTestDatabase(),
            services: services => services.AddSingleton<IMailOutbox, BrokenOutbox>());
        using var admin = factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");

        var page = await admin.GetAsync("/Admin/Outbox");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains("Something went wrong on our side", page.Body);
        Assert.Contains("Request id", page.Body);
        Assert.DoesNotContain("secret detail", page.Body);
        Assert.DoesNotContain("IOException", page.Body);
    }
}
