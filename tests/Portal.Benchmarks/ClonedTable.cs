using Microsoft.EntityFrameworkCore.Metadata;

namespace Portal.Benchmarks;

/// <summary>
/// A table whose rows are copied once per clone number k: which rows (<see cref="Source"/>, a condition on the table's
/// own columns), and the stride that sets every copy's id apart (id + k * stride: the table's highest id + 1 before
/// cloning, so copies never meet the originals or each other).
/// </summary>
/// <param name="Overrides">Columns whose copied value is written by hand: SQL over the source row <c>s</c> and <c>ks.k</c>.</param>
internal sealed record ClonedTable(ITable Table, IColumn Key, long Stride, string Source, IReadOnlyDictionary<string, string> Overrides);
