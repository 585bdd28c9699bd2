using System.Globalization;
using Portal.Application.Common;

namespace Portal.Benchmarks;

/// <summary>
/// The links of the mails the benchmark's own saves write (a submitted quote tells sales): the portal's web layer makes
/// them in the portal; in the benchmark's process they only have to be absolute, and lead nowhere anyone follows.
/// </summary>
internal sealed class BenchmarkPageLinks : IPageLinks
{
    private const string Base = "http://127.0.0.1";

    public string CustomerQuote(int quoteId) => Page("Customer/Quotes/Details", quoteId);

    public string StaffQuote(int quoteId) => Page("Staff/Quotes/Details", quoteId);

    public string CustomerDeposit(int depositId) => Page("Customer/Deposits/Details", depositId);

    public string StaffDeposit(int depositId) => Page("Staff/Deposits/Details", depositId);

    public string Waitlist() => $"{Base}/Customer/Waitlist";

    public string ExportHolds() => $"{Base}/Compliance/ExportHolds";

    private static string Page(string action, int id) => string.Create(CultureInfo.InvariantCulture, $"{Base}/{action}/{id}");
}
