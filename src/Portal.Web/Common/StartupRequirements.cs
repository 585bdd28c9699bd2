using Portal.Application.Accounts.FirstAdmin;
using Portal.Web.Accounts;

namespace Portal.Web.Common;

/// <summary>
/// The settings the portal cannot run safely without, checked before anything starts: a start that lacks any of them
/// is refused with one message naming every one (with an example), not the first alone. Each requirement says when
/// it applies (most in Production only); add one here for each setting the portal must refuse to start without.
/// </summary>
public static class StartupRequirements
{
    private sealed record Requirement(string Setting, string Example, string Why, Func<IConfiguration, IHostEnvironment, bool> IsMet);

    private static readonly Requirement[] All =
    [
        new(PublicAddress.Setting, PublicAddress.Example,
            "the address people reach the portal at: every link in a mail points there, never where a request's Host header says",
            (settings, environment) => !environment.IsProduction() || PublicAddress.Parse(settings[PublicAddress.Setting]) is not null),
        new(PublicAddress.Setting, PublicAddress.Example,
            $"{InviteFirstAdmin.Setting} is mailed a link on the portal's address",
            (settings, _) => string.IsNullOrWhiteSpace(settings[InviteFirstAdmin.Setting]) || PublicAddress.Parse(settings[PublicAddress.Setting]) is not null),
    ];

    /// <summary>The message that refuses the start, naming each setting missing or wrong; null when none is.</summary>
    public static string? Refusal(IConfiguration configuration, IHostEnvironment environment)
    {
        var unmet = All.Where(r => !r.IsMet(configuration, environment)).DistinctBy(r => r.Setting).ToList();
        return unmet.Count == 0
            ? null
            : $"The portal does not start ({environment.EnvironmentName}) without these settings:{Environment.NewLine}" + string.Join(Environment.NewLine,
                unmet.Select(r => $"  {r.Setting}: {r.Why}; for example {r.Setting.Replace(":", "__", StringComparison.Ordinal)}={r.Example}"));
    }
}
