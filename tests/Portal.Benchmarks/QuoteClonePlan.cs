using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Portal.Application.Quotes;
using Portal.Domain.Auditing;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>
/// What cloning the submitted quotes copies, read from EF Core's relational model so that a column, key or unique index
/// added later is copied right without a change here: the quotes, every table that hangs off them by foreign keys
/// (revisions and their lines, product lines, configurations and their components, deposits), and the quotes'
/// 'Declined' audit events, which name the quote by its id as text. Quote holds and waitlist entries are left out: a
/// hold ties up supply that the supply report would count, and an entry is not part of the quote it turned into.
/// </summary>
internal sealed class QuoteClonePlan(CloneDialect dialect, IReadOnlyList<ClonedTable> tables)
{
    /// <summary>How SalesReports finds a customer's reason for declining.</summary>
    private const string DeclinedAction = "Declined";

    public IReadOnlyList<ClonedTable> Tables => tables;

    public CloneDialect Dialect => dialect;

    public static async Task<QuoteClonePlan> CreateAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var dialect = CloneDialect.Of(db);
        var quotes = TableOf<Quote>(db);
        var cloned = new List<ClonedTable>();
        foreach (var table in HangingOff(quotes, db.Model.GetRelationalModel(), [TableOf<QuoteHold>(db), TableOf<WaitlistEntry>(db)]))
        {
            var key = KeyOf(table);
            var stride = await StrideAsync(db, dialect, table, key, cancellationToken);
            var overrides = new Dictionary<string, string> { [key.Name] = Moved(dialect, key, stride) };
            var parents = new List<string>();
            foreach (var foreignKey in table.ForeignKeyConstraints)
            {
                if (cloned.SingleOrDefault(c => c.Table == foreignKey.PrincipalTable) is not { } parent)
                {
                    continue;
                }
                var column = foreignKey.Columns.Single();
                overrides[column.Name] = Moved(dialect, column, parent.Stride);
                parents.Add($"{dialect.Quote(column.Name)} IN (SELECT {dialect.Quote(foreignKey.PrincipalColumns.Single().Name)} FROM {dialect.Quote(parent.Table.Name)} WHERE {parent.Source})");
            }
            var source = table == quotes
                ? $"{dialect.Quote(ColumnOf<Quote>(db, nameof(Quote.SubmittedUtc)).Name)} IS NOT NULL"
                : string.Join(" OR ", parents);
            cloned.Add(Cloned(dialect, table, key, stride, source, overrides));
        }
        cloned.Add(await DeclinesAsync(db, dialect, cloned[0], cancellationToken));
        return new QuoteClonePlan(dialect, cloned);
    }

    /// <summary>One INSERT ... SELECT per table, parents first, writing clones <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="shiftSeconds">SQL over <c>ks.k</c>: how many seconds clone k's times lie before the original's.</param>
    public IEnumerable<string> Statements(long first, long last, string shiftSeconds) =>
        tables.Select(t =>
        {
            var columns = t.Table.Columns.ToList();
            return $"INSERT INTO {dialect.Quote(t.Table.Name)} ({string.Join(", ", columns.Select(c => dialect.Quote(c.Name)))}) "
                + $"SELECT {string.Join(", ", columns.Select(c => ValueOf(t, c, shiftSeconds)))} "
                + $"FROM {dialect.Quote(t.Table.Name)} AS s CROSS JOIN {dialect.Series(first, last)} "
                + $"WHERE {t.Source} ORDER BY ks.k, s.{dialect.Quote(t.Key.Name)}";
        });

    /// <summary>The quote tables and those hanging off them, each after a table it hangs off.</summary>
    private static List<ITable> HangingOff(ITable root, IRelationalModel model, IReadOnlyCollection<ITable> excluded)
    {
        var found = new List<ITable> { root };
        for (var added = true; added;)
        {
            var next = model.Tables.Where(t => !found.Contains(t) && !excluded.Contains(t)
                                               && t.ForeignKeyConstraints.Any(k => found.Contains(k.PrincipalTable))).ToList();
            found.AddRange(next);
            added = next.Count > 0;
        }
        return found;
    }

    /// <summary>The declines of the cloned quotes, each pointing at its quote's clone.</summary>
    private static async Task<ClonedTable> DeclinesAsync(PortalDbContext db, CloneDialect dialect, ClonedTable quotes, CancellationToken cancellationToken)
    {
        var table = TableOf<AuditEvent>(db);
        var key = KeyOf(table);
        var stride = await StrideAsync(db, dialect, table, key, cancellationToken);
        string Column(string property) => dialect.Quote(ColumnOf<AuditEvent>(db, property).Name);
        var entityId = ColumnOf<AuditEvent>(db, nameof(AuditEvent.EntityId)).Name;
        var source = $"{Column(nameof(AuditEvent.EntityType))} = '{QuoteAudit.EntityType}' AND {Column(nameof(AuditEvent.Action))} = '{DeclinedAction}' "
            + $"AND {Column(nameof(AuditEvent.EntityId))} IN (SELECT CAST({dialect.Quote(quotes.Key.Name)} AS TEXT) FROM {dialect.Quote(quotes.Table.Name)} WHERE {quotes.Source})";
        return Cloned(dialect, table, key, stride, source, new Dictionary<string, string>
        {
            [key.Name] = Moved(dialect, key, stride),
            [entityId] = $"CAST(CAST(s.{dialect.Quote(entityId)} AS INTEGER) + ks.k * {quotes.Stride} AS TEXT)",
        });
    }

    /// <summary>
    /// Only rows that existed before cloning are copied. A unique index that no moved id keeps unique gets '-k' on its
    /// text columns (a quote's number, a deposit's reference); a unique column of another type is left to the database
    /// to refuse, which it does only if a cloned row has a value there (a deposit's waitlist entry never does).
    /// </summary>
    private static ClonedTable Cloned(CloneDialect dialect, ITable table, IColumn key, long stride, string source, Dictionary<string, string> overrides)
    {
        var unique = table.Indexes.Where(i => i.IsUnique).Select(i => i.Columns).Concat(table.UniqueConstraints.Select(u => u.Columns));
        foreach (var column in unique.Where(columns => !columns.Any(c => overrides.ContainsKey(c.Name))).SelectMany(columns => columns)
                     .Where(c => c.ProviderClrType == typeof(string)))
        {
            overrides[column.Name] = $"s.{dialect.Quote(column.Name)} || '-' || CAST(ks.k AS TEXT)";
        }
        return new ClonedTable(table, key, stride, $"{dialect.Quote(key.Name)} < {stride} AND ({source})", overrides);
    }

    /// <summary>
    /// Times move back with the clone, so each clone keeps its original's order of events. Binary values are not copied:
    /// a revision's stored PDF is some 50 KB, and 700,000 of them would fill tens of gigabytes the reports never read.
    /// </summary>
    private string ValueOf(ClonedTable table, IColumn column, string shiftSeconds)
    {
        if (table.Overrides.TryGetValue(column.Name, out var value))
        {
            return value;
        }
        var stored = Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;
        var copied = $"s.{dialect.Quote(column.Name)}";
        return stored == typeof(DateTime) || stored == typeof(DateOnly) || stored == typeof(DateTimeOffset) ? dialect.ShiftBack(copied, stored, shiftSeconds)
            : stored == typeof(byte[]) ? (column.IsNullable ? "NULL" : dialect.EmptyBinary)
            : copied;
    }

    /// <summary>The table's highest id + 1, before any clone is written.</summary>
    private static Task<long> StrideAsync(PortalDbContext db, CloneDialect dialect, ITable table, IColumn key, CancellationToken cancellationToken)
    {
        var sql = $"SELECT CAST(COALESCE(MAX({dialect.Quote(key.Name)}), 0) + 1 AS BIGINT) AS {dialect.Quote("Value")} FROM {dialect.Quote(table.Name)}";
        return db.Database.SqlQueryRaw<long>(sql).SingleAsync(cancellationToken);
    }

    private static string Moved(CloneDialect dialect, IColumn column, long stride) => $"s.{dialect.Quote(column.Name)} + ks.k * {stride}";

    private static ITable TableOf<T>(PortalDbContext db) => db.Model.FindEntityType(typeof(T))!.GetTableMappings().First().Table;

    private static IColumn ColumnOf<T>(PortalDbContext db, string property) =>
        TableOf<T>(db).FindColumn(db.Model.FindEntityType(typeof(T))!.FindProperty(property)!)!;

    private static IColumn KeyOf(ITable table) =>
        table.PrimaryKey is { Columns: [var key] } ? key : throw new NotSupportedException($"{table.Name} has no single-column primary key to move.");
}
