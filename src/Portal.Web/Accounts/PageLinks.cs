using System.Globalization;
using Portal.Application.Common;

namespace Portal.Web.Accounts;

/// <summary>
/// The absolute links of the mails that tell of a quote, a deposit or a waitlist entry (see <see cref="PublicLinks"/>).
/// They follow the areas' route (<c>{area}/{controller}/{action}/{id}</c>, <see cref="Pipeline"/>) by hand: the demo's
/// mails are written at start, before the routes are mapped. The mail tests open each one.
/// </summary>
public sealed class PageLinks(PublicLinks links) : IPageLinks
{
    public string CustomerQuote(int quoteId) => Page("Customer/Quotes/Details", quoteId);

    public string StaffQuote(int quoteId) => Page("Staff/Quotes/Details", quoteId);

    public string CustomerDeposit(int depositId) => Page("Customer/Deposits/Details", depositId);

    public string StaffDeposit(int depositId) => Page("Staff/Deposits/Details", depositId);

    public string Waitlist() => links.ToPath("/Customer/Waitlist");

    public string ExportHolds() => links.ToPath("/Compliance/ExportHolds");

    private string Page(string action, int id) => links.ToPath(string.Create(CultureInfo.InvariantCulture, $"/{action}/{id}"));
}
