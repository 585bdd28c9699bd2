using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Benchmarks;

/// <summary>
/// The few pieces of the cloning SQL that SQLite and PostgreSQL write differently: the series of clone numbers, how a
/// time moves back, an empty binary value, and what makes the database ready to be queried once the rows are in.
/// </summary>
internal abstract class CloneDialect(ISqlGenerationHelper sql)
{
    public static CloneDialect Of(DbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        return db.Database.IsNpgsql() ? new PostgreSqlDialect(sql) : new SqliteDialect(sql);
    }

    public string Quote(string identifier) => sql.DelimitIdentifier(identifier);

    /// <summary>A row source named <c>ks</c> with one integer column <c>k</c>: first to last, both included.</summary>
    public abstract string Series(long first, long last);

    /// <summary>The value of a date or date-and-time column moved back by a whole number of seconds, in the column's own stored form.</summary>
    public abstract string ShiftBack(string column, Type storedType, string seconds);

    public abstract string EmptyBinary { get; }

    /// <param name="identityTables">Each cloned table and its key column, whose next generated id must come after the clones.</param>
    public abstract IEnumerable<string> AfterSeeding(IEnumerable<(string Table, string Key)> identityTables);

    private sealed class SqliteDialect(ISqlGenerationHelper sql) : CloneDialect(sql)
    {
        public override string Series(long first, long last) =>
            $"(WITH RECURSIVE series(k) AS (SELECT {first} UNION ALL SELECT k + 1 FROM series WHERE k < {last}) SELECT k FROM series) AS ks";

        /// <summary>
        /// EF Core stores a DateTime as 'yyyy-MM-dd HH:mm:ss.FFFFFFF': the whole seconds move, the fraction is kept as
        /// written (strftime's %f would cut it to milliseconds and always write three digits). A DateOnly is 'yyyy-MM-dd'.
        /// </summary>
        public override string ShiftBack(string column, Type storedType, string seconds) =>
            storedType == typeof(DateTime) ? $"strftime('%Y-%m-%d %H:%M:%S', substr({column}, 1, 19), '-' || ({seconds}) || ' seconds') || substr({column}, 20)"
            : storedType == typeof(DateOnly) ? $"date({column}, '-' || ({seconds}) || ' seconds')"
            : throw new NotSupportedException($"Cannot move a {storedType.Name} column back in time on SQLite.");

        public override string EmptyBinary => "X''";

        /// <summary>AUTOINCREMENT already counts from the highest id written; the WAL the inserts left behind is folded back in.</summary>
        public override IEnumerable<string> AfterSeeding(IEnumerable<(string Table, string Key)> identityTables) =>
            ["ANALYZE", "PRAGMA wal_checkpoint(TRUNCATE)"];
    }

    private sealed class PostgreSqlDialect(ISqlGenerationHelper sql) : CloneDialect(sql)
    {
        public override string Series(long first, long last) => $"generate_series({first}, {last}) AS ks(k)";

        public override string ShiftBack(string column, Type storedType, string seconds) =>
            storedType == typeof(DateTime) ? $"{column} - make_interval(secs => {seconds})"
            : storedType == typeof(DateOnly) ? $"CAST({column} - make_interval(secs => {seconds}) AS date)"
            : throw new NotSupportedException($"Cannot move a {storedType.Name} column back in time on PostgreSQL.");

        public override string EmptyBinary => "''::bytea";

        /// <summary>
        /// Identity sequences do not see explicit ids, so each is moved past the clones. VACUUM as well as ANALYZE: it
        /// sets the visibility map and hint bits once, so autovacuum does not wake up in the middle of the measurements.
        /// </summary>
        public override IEnumerable<string> AfterSeeding(IEnumerable<(string Table, string Key)> identityTables) =>
            identityTables.Select(t =>
                    $"SELECT setval(pg_get_serial_sequence('{Quote(t.Table)}', '{t.Key}'), (SELECT MAX({Quote(t.Key)}) FROM {Quote(t.Table)}))")
                .Append("VACUUM ANALYZE");
    }
}
