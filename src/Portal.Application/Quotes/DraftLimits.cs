using Portal.Application.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes;

public static class DraftLimits
{
    /// <summary>What the draft would break with one line added or put back: the same limits its submission checks, as messages on <paramref name="field"/>.</summary>
    public static List<FieldError> Beyond(string field, IEnumerable<IEnumerable<ProductUnits>> otherLines, IEnumerable<ProductUnits> line) =>
        RequestLimits.Refusals([.. otherLines, line]).Select(message => new FieldError(field, message)).ToList();
}
