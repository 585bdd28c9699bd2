using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>How the customer accepted an issued quote: who, in what role, against which purchase order, when and from where.</summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class QuoteAcceptance
{
    public const int NameMaxLength = 100;
    public const int TitleMaxLength = 100;
    public const int PurchaseOrderMaxLength = 50;
    public const int IpAddressMaxLength = 45;
    public const int BillingAddressMaxLength = 400;

    private QuoteAcceptance()
    {
        Name = string.Empty;
        Title = string.Empty;
        IpAddress = string.Empty;
    }

    public QuoteAcceptance(string name, string title, string? purchaseOrder, string ipAddress, int revision, DateTime acceptedUtc)
    {
        Name = name.Trim();
        Title = title.Trim();
        PurchaseOrder = string.IsNullOrWhiteSpace(purchaseOrder) ? null : purchaseOrder.Trim();
        IpAddress = ipAddress;
        Revision = revision;
        AcceptedUtc = acceptedUtc;
    }

    public string Name { get; private set; }
    public string Title { get; private set; }
    public string? PurchaseOrder { get; private set; }
    public string IpAddress { get; private set; }
    public int Revision { get; private set; }
    public DateTime AcceptedUtc { get; private set; }

    /// <summary>The company's default billing address when it accepted, as its lines read then: later edits do not rewrite it.</summary>
    public string? BillingAddress { get; private set; }

    /// <summary>The billing address's lines, as a page or an invoice writes them one under another.</summary>
    public IReadOnlyList<string> BillingAddressLines => BillingAddress?.Split('\n') ?? [];

    /// <summary>The company's tax id when it accepted.</summary>
    public string? TaxId { get; private set; }

    /// <summary>Keeps the billing address and tax id the company had when it accepted.</summary>
    public QuoteAcceptance BilledTo(string? billingAddress, string? taxId)
    {
        BillingAddress = billingAddress;
        TaxId = taxId;
        return this;
    }

    /// <summary>How long after the revision was issued the customer accepted it: the reports' decision time.</summary>
    public long? SecondsAfterIssue { get; private set; }

    internal void MeasureFrom(DateTime issuedUtc) => SecondsAfterIssue = (long)(AcceptedUtc - issuedUtc).TotalSeconds;
}
