using System.Globalization;
using Portal.Application.Common;
using Portal.Application.Reports;
using static Portal.Web.Reports.CsvTable;

namespace Portal.Web.Reports;

/// <summary>
/// Each figure of the dashboard as a CSV table, named as its link names it. The quotes (pipeline), deposits and declines behind
/// the figures are streamed row by row; the other figures are the dashboard's own grouped rows (customers all of
/// them, not the ten the page lists).
/// </summary>
public sealed class ReportExports(SalesReports reports, ReportRows rows, SupplyReport supply, WaitlistReport waitlist)
{
    public const string Pipeline = "pipeline";
    public const string Months = "months";
    public const string Outcomes = "outcomes";
    public const string Times = "times";
    public const string Declines = "declines";
    public const string Discounts = "discounts";
    public const string Deposits = "deposits";
    public const string Customers = "customers";
    public const string Supply = "supply";
    public const string Waitlist = "waitlist";

    /// <summary>The table of that name for the range and viewer; null for a name no export has.</summary>
    public async Task<CsvTable?> TableAsync(string? name, ReportFilter filter, Actor actor, CancellationToken cancellationToken)
    {
        var figures = reports.For(filter, actor);
        return name switch
        {
            Pipeline => Of(Pipeline, ["number", "customer", "status", "submitted_utc", "issued_utc", "revision", "value", "currency", "salesperson"],
                rows.QuotesAsync(filter, actor),
                q => [q.Number, q.Customer, q.Status.ToString(), Time(q.SubmittedUtc), Time(q.IssuedUtc), Number(q.Revision),
                    q.TotalMinorUnits is { } total ? Amount(total) : null, q.Currency, q.Salesperson]),
            Months => Of(Months, ["month", "quotes_issued", "value"], await figures.PerMonthAsync(cancellationToken),
                m => [$"{m.Year:D4}-{m.Month:D2}", Number(m.Quotes), Amount(m.ValueMinorUnits)]),
            Outcomes => Of(Outcomes, ["outcome", "quotes"], OutcomesOf(await figures.WinRateAsync(cancellationToken)),
                o => [o.Outcome, Number(o.Quotes)]),
            Times => Of(Times, ["measure", "median_seconds", "quotes"], TimesOf(await figures.TimesAsync(cancellationToken)),
                t => [t.Measure, t.Median is { } median ? Number((long)median.TotalSeconds) : null, Number(t.Quotes)]),
            Declines => Of(Declines, ["number", "customer", "declined_utc", "reason"], figures.DeclinesAsync(top: null),
                d => [d.Number, d.Customer, Time(d.DeclinedUtc), d.Reason]),
            Discounts => Of(Discounts, ["salesperson", "quotes_issued", "list_value", "sales_discount", "share_percent"], await figures.DiscountsAsync(cancellationToken),
                d => [d.Salesperson, Number(d.Quotes), Amount(d.ListMinorUnits), Amount(d.DiscountMinorUnits), d.Percent?.ToString("0.00", CultureInfo.InvariantCulture)]),
            Deposits => Of(Deposits, ["reference", "customer", "quote", "description", "state", "method", "amount", "currency", "asked_utc", "paid_utc", "refunded_utc"],
                rows.DepositsAsync(filter, actor),
                d => [d.Reference, d.Customer, d.Quote, d.Description, d.State.ToString(), d.Method.ToString(), Amount(d.AmountMinorUnits), d.Currency,
                    Time(d.CreatedUtc), Time(d.PaidUtc), Time(d.RefundedUtc)]),
            Customers => Of(Customers, ["customer", "quotes_accepted", "value"], await figures.CustomersAsync(top: null, cancellationToken),
                c => [c.Customer, Number(c.Quotes), Amount(c.ValueMinorUnits)]),
            Supply => Of(Supply, ["sku", "product", "quarter", "supply", "held_by_quotes", "held_by_offers", "committed", "free", "waiting", "waiting_for_earliest"],
                await supply.RowsAsync(filter.Family, cancellationToken),
                s => [s.Sku, s.Product, s.Quarter.ToString(), Number(s.Supply), Number(s.HeldByQuotes), Number(s.HeldByOffers), Number(s.Committed),
                    Number(s.Free), Number(s.Waiting), Number(s.WaitingForEarliest)]),
            Waitlist => Of(Waitlist, ["sku", "product", "entries", "with_an_offer", "reservations", "units_waited_for"],
                (await waitlist.BuildAsync(filter, cancellationToken)).Lines,
                w => [w.Sku, w.Product, Number(w.Entries), Number(w.Offered), Number(w.Reservations), Number(w.UnitsWaiting)]),
            _ => null,
        };
    }

    private static (string Outcome, int Quotes)[] OutcomesOf(WinRate rate) =>
    [
        ("Issued", rate.Issued), ("Accepted", rate.Accepted), ("Declined", rate.Declined), ("Expired", rate.Expired),
        ("Cancelled", rate.Cancelled), ("Open", rate.Open),
    ];

    private static (string Measure, TimeSpan? Median, int Quotes)[] TimesOf(ResponseTimes times) =>
    [
        ("Submission to first issue", times.SubmissionToIssue, times.Issued),
        ("Issue to acceptance", times.IssueToAcceptance, times.Accepted),
    ];
}
