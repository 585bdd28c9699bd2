namespace Portal.Application.Common;

/// <summary>
/// Absolute addresses of the pages a mail leads to, on the portal's public address (the web layer knows the routes
/// and the address).
/// </summary>
public interface IPageLinks
{
    string CustomerQuote(int quoteId);

    string StaffQuote(int quoteId);

    string CustomerDeposit(int depositId);

    string StaffDeposit(int depositId);

    string Waitlist();

    string ExportHolds();
}
