using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Domain.Quotes;
using Portal.Domain.Reports;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// Keeps the sales days in step with the quotes: before a save, what it changes in them (each changed quote as the
/// save leaves it, less the quote as it was loaded); after it, in the same transaction, each changed day added to its
/// row in one statement, so that concurrent saves add up instead of overwriting each other.
/// </summary>
internal static class SalesDayLedger
{
    public static IReadOnlyList<SalesDay> MovesOf(ChangeTracker tracker)
    {
        var moves = new SalesDayMoves();
        foreach (var quote in tracker.Entries<Quote>())
        {
            var acceptance = quote.Reference(q => q.Acceptance).TargetEntry;
            if (quote.State == EntityState.Unchanged && acceptance?.State is null or EntityState.Unchanged)
            {
                continue;
            }
            moves.Add(quote.State == EntityState.Added ? null : AsLoaded(quote, acceptance),
                quote.State == EntityState.Deleted ? null : SalesFacts.Of(quote.Entity));
        }
        return moves.Net;
    }

    private static SalesFacts AsLoaded(EntityEntry<Quote> quote, EntityEntry? acceptance)
    {
        var loaded = quote.OriginalValues;
        return new SalesFacts(
            loaded.GetValue<QuoteStatus>(nameof(Quote.Status)),
            loaded.GetValue<string?>(nameof(Quote.ClaimedById)),
            loaded.GetValue<int>(nameof(Quote.OrganizationId)),
            loaded.GetValue<DateTime?>(nameof(Quote.SubmittedUtc)),
            loaded.GetValue<DateTime?>(nameof(Quote.IssuedUtc)),
            acceptance is null || acceptance.State == EntityState.Added ? null : acceptance.OriginalValues.GetValue<DateTime>(nameof(QuoteAcceptance.AcceptedUtc)),
            loaded.GetValue<long?>(nameof(Quote.IssuedTotalMinorUnits)),
            loaded.GetValue<long?>(nameof(Quote.IssuedListMinorUnits)),
            loaded.GetValue<long?>(nameof(Quote.IssuedSalesDiscountMinorUnits)));
    }

    public static void Apply(DbContext db, IReadOnlyList<SalesDay> moves) => db.Database.ExecuteEach(moves.Select(Upsert));

    public static Task ApplyAsync(DbContext db, IReadOnlyList<SalesDay> moves, CancellationToken cancellationToken) =>
        db.Database.ExecuteEachAsync(moves.Select(Upsert), cancellationToken);

    /// <summary>Adds a day's changes to its row, or makes the row: the same statement on SQLite and PostgreSQL.</summary>
    private static FormattableString Upsert(SalesDay d) => $"""
        INSERT INTO "SalesDays" ("Day", "Status", "SalespersonId", "OrganizationId", "Submitted", "SubmittedValueMinorUnits", "Issued",
            "IssuedValueMinorUnits", "IssuedListMinorUnits", "IssuedDiscountMinorUnits", "Accepted", "AcceptedValueMinorUnits")
        VALUES ({d.Day}, {d.Status.ToString()}, {d.SalespersonId}, {d.OrganizationId}, {d.Submitted}, {d.SubmittedValueMinorUnits}, {d.Issued},
            {d.IssuedValueMinorUnits}, {d.IssuedListMinorUnits}, {d.IssuedDiscountMinorUnits}, {d.Accepted}, {d.AcceptedValueMinorUnits})
        ON CONFLICT ("Day", "Status", "SalespersonId", "OrganizationId") DO UPDATE SET
            "Submitted" = "SalesDays"."Submitted" + excluded."Submitted",
            "SubmittedValueMinorUnits" = "SalesDays"."SubmittedValueMinorUnits" + excluded."SubmittedValueMinorUnits",
            "Issued" = "SalesDays"."Issued" + excluded."Issued",
            "IssuedValueMinorUnits" = "SalesDays"."IssuedValueMinorUnits" + excluded."IssuedValueMinorUnits",
            "IssuedListMinorUnits" = "SalesDays"."IssuedListMinorUnits" + excluded."IssuedListMinorUnits",
            "IssuedDiscountMinorUnits" = "SalesDays"."IssuedDiscountMinorUnits" + excluded."IssuedDiscountMinorUnits",
            "Accepted" = "SalesDays"."Accepted" + excluded."Accepted",
            "AcceptedValueMinorUnits" = "SalesDays"."AcceptedValueMinorUnits" + excluded."AcceptedValueMinorUnits"
        """;
}
