using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Application.Quotes.Expiry;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>Issued quotes expire when their validity passes, moved there by the clock, never by sleeping; answered ones stay as they are.</summary>
public sealed class QuoteExpiryTests : IDisposable
{
    private readonly ClockedPortal _portal = new();

    public void Dispose() => _portal.Dispose();

    private async Task<int> IssuedAsync(PortalClient sales)
    {
        var id = await new QuoteBuilder(_portal.Factory, "Helios AI Labs").WithProduct("SVC-NEURON-ENG", 3).SubmitAsync();
        await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Claim/{id}");
        await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Approve/{id}");
        return id;
    }

    private Task<int> ExpireAsync() => _portal.RunAsync<QuoteExpiry, int>(job => job.RunAsync());

    private Task<QuoteStatus> StatusAsync(int id) => _portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == id).Select(q => q.Status).SingleAsync());

    [Fact]
    public async Task AnIssuedQuoteExpiresAfterItsValidityAndCanNoLongerBeAcceptedWhileAnAcceptedOneStays()
    {
        using var sales = await _portal.Factory.SignedInAsync("sales@northwind.example");
        var open = await IssuedAsync(sales);
        var accepted = await IssuedAsync(sales);
        using (var customer = await _portal.Factory.SignedInAsync("buyer@helios.example"))
        {
            var done = await customer.SubmitAsync($"/Customer/Quotes/Details/{accepted}", new Dictionary<string, string>
            {
                ["Accept.Name"] = "Harper Quinn", ["Accept.Title"] = "CTO", ["Accept.AcceptTerms"] = "true",
            }, $"/Customer/Quotes/Accept/{accepted}");
            Assert.Equal(HttpStatusCode.Redirect, done.Status);
        }

        _portal.Clock.Advance(TimeSpan.FromDays(29));
        await ExpireAsync();
        Assert.Equal(QuoteStatus.Issued, await StatusAsync(open));

        // Past the validity the expiry worker's timer (on the same fake clock) may already have run; either way the
        // quote can no longer be accepted.
        _portal.Clock.Advance(TimeSpan.FromDays(2));
        using var late = await _portal.Factory.SignedInAsync("buyer@helios.example");
        var refused = await late.PostAsync($"/Customer/Quotes/Accept/{open}", new Dictionary<string, string>
        {
            ["Accept.Name"] = "Harper Quinn", ["Accept.Title"] = "CTO", ["Accept.AcceptTerms"] = "true", ["Accept.Revision"] = "1",
            ["__RequestVerificationToken"] = await late.AntiforgeryTokenAsync("/Customer/Quotes"),
        });
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Matches("can no longer be accepted|cannot be accepted while it is expired", refused.Body);

        await ExpireAsync();

        Assert.Equal(QuoteStatus.Expired, await StatusAsync(open));
        Assert.Equal(QuoteStatus.Accepted, await StatusAsync(accepted));
        var number = await _portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == open).Select(q => q.Number).SingleAsync());
        Assert.Contains(Outbox.AllTo(_portal.Factory, "buyer@helios.example"), m => m.Subject == $"Quote {number} has expired");
        Assert.Equal(0, await ExpireAsync());
    }
}
