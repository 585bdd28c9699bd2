using Portal.Domain.Api;

namespace Portal.Application.Api.Pages;

/// <param name="ForStaff">The staff keys' page rather than a company's.</param>
/// <param name="NewKey">The text of the key just made, shown this once.</param>
public sealed record ApiKeysPage(IReadOnlyList<ApiKey> Keys, bool MayManage, bool ForStaff, string? NewKey = null);
