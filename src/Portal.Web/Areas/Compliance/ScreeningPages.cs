using Portal.Application.Compliance.Screenings;

namespace Portal.Web.Areas.Compliance;

/// <summary>A loaded list with what it would change, to confirm or cancel; the rows left out when it was just read.</summary>
public sealed record StagedListPage(ScreeningListChanges Changes, IReadOnlyList<string> Problems);
