using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Common;
using Portal.Application.Quotes.Pages;
using Portal.Application.Quotes.Price;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Review;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Web.Common;

namespace Portal.Web.Areas.Staff;

public sealed record ReviewQueuePage(ReviewFilter Filter, Page<ReviewRow> Rows)
{
    /// <summary>
    /// The statuses the queue filters on, after its own first option (the open ones): all of them, then every status but
    /// Draft, which staff never see.
    /// </summary>
    public IReadOnlyList<SelectListItem> Statuses =>
    [
        new("All", ReviewFilter.All, Filter.Status == ReviewFilter.All),
        .. Enum.GetValues<QuoteStatus>()
            .Where(status => status != QuoteStatus.Draft)
            .Select(status => new SelectListItem(Display.Status(status), status.ToString(), Filter.Status == status.ToString())),
    ];

    public IReadOnlyList<SelectListItem> Families => Choices.Of(Filter.Family, Display.Family);

    /// <summary>The filters in force and how many requests they match, in words: "Showing requests in review · Network switches · past the target: 3."</summary>
    public string Showing => $"Showing {Filters}: {Display.Count(Rows.TotalCount)}.";

    private string Filters => string.Join(" · ", new[]
    {
        Filter.Status switch
        {
            null or ReviewFilter.Open => "open requests (submitted or in review)",
            ReviewFilter.All => "all requests",
            // A number parses too ("-1"): only a status that exists has words.
            _ when Enum.TryParse<QuoteStatus>(Filter.Status, out var status) && Enum.IsDefined(status) => $"requests {QuoteStatusText.Phrase(status)}",
            _ => "requests of an unknown status",
        },
        Filter.Family is { } family ? Display.Family(family) : null,
        Filter.Age is { } age ? AgeText(age).ToLowerInvariant() : null,
        string.IsNullOrWhiteSpace(Filter.Search) ? null : $"matching “{Filter.Search.Trim()}”",
    }.OfType<string>());

    private static string AgeText(ReviewAge age) => age == ReviewAge.OverOneDay ? "Over 1 business day" : "Past the target";

    public IReadOnlyList<SelectListItem> Ages =>
        Choices.Of(Filter.Age, AgeText);
}

/// <summary>A request's page for staff: what its page query read, and its forms as posted, or as they start.</summary>
public sealed record StaffQuotePage(QuoteReviewPage Page, PriceQuoteCommand Pricing, MessageForm Message)
{
    public static StaffQuotePage Of(QuoteReviewPage page, PriceQuoteCommand? posted = null, MessageForm? message = null) =>
        new(page, posted ?? PriceQuoteCommand.Of(page.Quote, page.DefaultValidityDays), message ?? new MessageForm());

    public QuoteThreadView Thread => new(Page.Quote.Id, Page.Thread, Message, CanWrite: true, OffersInternalNote: true);

    public Quote Quote => Page.Quote;

    /// <summary>The quarters the whole delivery may move to, the requested one selected.</summary>
    public IReadOnlyList<SelectListItem> DeliveryQuarters =>
        Choices.Among(Quote.RequestedQuarter?.ToString(), Page.Quarters.Select(quarter => quarter.ToString()));

    public DecisionForm Changes { get; } = new();

    public DecisionForm Rejection { get; } = new();

    public DecisionForm SendBack { get; } = new();

    /// <summary>The pricing form's rack configurations that are still on the quote, each with its price now and its place in the form.</summary>
    public IEnumerable<ConfigurationPricingRow> ConfigurationRows =>
        Pricing.ConfigurationLines
            .Select((line, index) => (line, index, priced: Page.Price.Racks.FirstOrDefault(c => c.Rack.Id == line.Id)))
            .Where(r => r.priced is not null)
            .Select(r => new ConfigurationPricingRow(r.index, Row($"Pricing.Configurations[{r.index}]", r.line,
                $"{r.priced!.Rack.RackCount} × {r.priced.Build.Rack.Name}", r.priced.Subtotal), r.priced.Rack.RackCount));

    /// <summary>The pricing form's products that are still on the quote, each with its amount now.</summary>
    public IEnumerable<PricingLineRow> ProductRows
    {
        get
        {
            var onQuote = Quote.Products.Select(p => p.Id).ToList();
            return Pricing.ProductLines
                .Select((line, index) => (line, index, position: onQuote.IndexOf(line.Id)))
                .Where(r => r.position >= 0)
                .Select(r => (r.line, r.index, priced: Page.Price.Products[r.position]))
                .Select(r => Row($"Pricing.Products[{r.index}]", r.line, r.priced.Product.Name, r.priced.Line.Amount));
        }
    }

    private PricingLineRow Row(string prefix, PricingLine line, string title, Money amount) =>
        new(prefix, line, title, Display.Amount(amount), Page.Quarters, Quote.RequestedQuarter);
}

/// <summary>The note staff write with a decision.</summary>
public sealed class DecisionForm
{
    [Display(Name = "Message to the customer")]
    public string? Note { get; set; }
}

/// <summary>One line of the pricing form: its field names' prefix, what it posted or holds, and how it reads.</summary>
public sealed record PricingLineRow(string Prefix, PricingLine Line, string Title, string Amount, IReadOnlyList<Quarter> Quarters, Quarter? RequestedQuarter)
{
    /// <summary>The quarters the line may move to, the one it posted or holds selected.</summary>
    public IReadOnlyList<SelectListItem> QuarterChoices => Choices.Among(Line.Quarter, Quarters.Select(quarter => quarter.ToString()));
}

/// <summary>A rack configuration's line of the pricing form, with its index in the form and its rack count (components are added to each rack).</summary>
public sealed record ConfigurationPricingRow(int Index, PricingLineRow Row, int RackCount);
