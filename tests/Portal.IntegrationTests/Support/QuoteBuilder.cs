using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Infrastructure.Persistence;

namespace Portal.IntegrationTests.Support;

/// <summary>Builds a submitted quote straight in the database, for tests that need one larger than a person would click together.</summary>
public sealed class QuoteBuilder(PortalFactory factory, string organizationName)
{
    private readonly List<(string Rack, (string Sku, int Quantity)[] Components, int Racks)> _racks = [];
    private readonly List<(string Sku, int Quantity)> _products = [];
    private string _notes = string.Empty;
    private int _quarterOffset = 2;
    private string? _claimedBy;
    private string? _site;

    /// <summary>A Trainium2 rack with servers, switches, storage and a PDU: five product lines.</summary>
    public QuoteBuilder WithTrainium2Racks(int racks) => WithConfiguration("TRN2-RACK-48U",
        [("TRN2-SRV-16", 4), ("EFA-SW-25T", 1), ("STOR-NVME-1U", 2), ("PDU-3PH-60KW", 2)], racks);

    public QuoteBuilder WithConfiguration(string rack, (string Sku, int Quantity)[] components, int racks)
    {
        _racks.Add((rack, components, racks));
        return this;
    }

    public QuoteBuilder WithProduct(string sku, int quantity)
    {
        _products.Add((sku, quantity));
        return this;
    }

    public QuoteBuilder WithNotes(string notes)
    {
        _notes = notes;
        return this;
    }

    /// <summary>The delivery quarter, counted from the current one.</summary>
    public QuoteBuilder ForQuarter(int offset)
    {
        _quarterOffset = offset;
        return this;
    }

    /// <summary>For the organization's site of that name, not its first.</summary>
    public QuoteBuilder AtSite(string name)
    {
        _site = name;
        return this;
    }

    /// <summary>Submitted and claimed by the member of staff with that address: in review, ready to be issued.</summary>
    public QuoteBuilder ClaimedBy(string email)
    {
        _claimedBy = email;
        return this;
    }

    public Task<int> SubmitAsync() => SaveAsync(submit: true);

    /// <summary>Saves the quote as a draft its company can still change.</summary>
    public Task<int> DraftAsync() => SaveAsync(submit: false);

    private async Task<int> SaveAsync(bool submit)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organization = await db.Organizations.SingleAsync(o => o.Name == organizationName);
        var requester = await db.Users.Where(u => u.OrganizationId == organization.Id && u.IsOrganizationOwner).Select(u => u.Id).FirstAsync();
        var site = await db.Sites.Where(s => s.OrganizationId == organization.Id && (_site == null || s.Name == _site)).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var products = await db.Products.ToDictionaryAsync(p => p.Sku);
        var now = DateTime.UtcNow;
        var quote = new Quote(organization.Id, requester, now);
        foreach (var (rack, components, racks) in _racks)
        {
            quote.AddConfiguration(products[rack], components.Select(c => (products[c.Sku], c.Quantity)), racks, now);
        }
        foreach (var (sku, quantity) in _products)
        {
            quote.AddProduct(products[sku], quantity, now);
        }
        quote.Describe(site, Quarter.Containing(now).Plus(_quarterOffset), _notes, now);
        db.Quotes.Add(quote);
        await db.SaveChangesAsync();
        if (!submit)
        {
            return quote.Id;
        }
        quote.Submit(now);
        if (_claimedBy is not null)
        {
            quote.Claim(await db.Users.Where(u => u.Email == _claimedBy).Select(u => u.Id).SingleAsync(), now);
        }
        await db.SaveChangesAsync();
        return quote.Id;
    }
}
