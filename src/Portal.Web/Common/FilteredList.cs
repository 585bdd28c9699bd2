using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Common;

namespace Portal.Web.Common;

/// <summary>
/// A list page: the filter it was asked for (kept in its form and its pager's links), the options of its filter's dropdown
/// with that one selected, and the page of rows it found.
/// </summary>
public sealed record FilteredList<TFilter, TRow>(TFilter Filter, IReadOnlyList<SelectListItem> Options, Page<TRow> Rows);
