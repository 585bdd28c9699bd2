using Portal.Application.Organizations;
using Portal.Domain.Common;

namespace Portal.Application.Homes;

/// <summary>
/// A customer's home: the company, and its to-do list, each item a link to the page where it is done: issued quotes to
/// accept before they lapse, deposits due, waitlist offers before they lapse, requests sent back for changes, drafts.
/// </summary>
public sealed record CustomerHomePage(
    OrganizationDetails Company,
    IReadOnlyList<QuoteToAccept> QuotesToAccept,
    IReadOnlyList<DepositToPay> DepositsDue,
    IReadOnlyList<OfferToAnswer> Offers,
    IReadOnlyList<QuoteToChange> SentBack,
    IReadOnlyList<DraftToFinish> Drafts)
{
    public bool HasNothingToDo =>
        QuotesToAccept.Count == 0 && DepositsDue.Count == 0 && Offers.Count == 0 && SentBack.Count == 0 && Drafts.Count == 0;
}

/// <summary>An issued quote waiting for the customer's answer, and the time left before it expires.</summary>
public sealed record QuoteToAccept(int Id, string Number, Money? Total, DateTime ValidUntilUtc, TimeSpan Left);

/// <summary>A deposit asked for and not yet paid.</summary>
public sealed record DepositToPay(int Id, string Reference, string Description, Money Amount, DateTime AskedUtc);

/// <summary>A waitlist offer open to the customer, and the time left before it lapses.</summary>
public sealed record OfferToAnswer(int EntryId, string Product, int Units, string Quarter, DateTime ExpiresUtc, TimeSpan Left);

/// <summary>A request sales sent back for changes, with what they asked.</summary>
public sealed record QuoteToChange(int Id, string Number, string? Note, DateTime SentBackUtc);

/// <summary>A draft not yet submitted.</summary>
public sealed record DraftToFinish(int Id, string Reference, bool IsEmpty, DateTime UpdatedUtc);
