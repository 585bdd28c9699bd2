using Portal.Application.Accounts.FirstAdmin;
using Portal.Infrastructure.Webhooks;
using Portal.Web.Accounts;

namespace Portal.Web.Common;

/// <summary>
/// The settings the portal cannot run safely without (or with), checked before anything starts: a start that breaks
/// any of them is refused with one message naming every one and what to do, not the first alone. Each requirement says
/// when it applies (most in Production only); add one here for each setting the portal must refuse to start without.
/// What only the start itself can find out (a data folder it cannot write, a certificate it cannot read) is refused
/// as it is found, with <see cref="Infrastructure.StartRefused"/>.
/// </summary>
public static class StartupRequirements
{
    private sealed record Requirement(string Setting, string Remedy, Func<IConfiguration, IHostEnvironment, bool> IsMet);

    private static readonly Requirement[] All =
    [
        new(PublicAddress.Setting, Missing(PublicAddress.Setting, PublicAddress.Example,
                "the address people reach the portal at: every link in a mail points there, never where a request's Host header says"),
            (settings, environment) => !environment.IsProduction() || PublicAddress.Parse(settings[PublicAddress.Setting]) is not null),
        new(PublicAddress.Setting, Missing(PublicAddress.Setting, PublicAddress.Example,
                $"{InviteFirstAdmin.Setting} is mailed a link on the portal's address"),
            (settings, _) => string.IsNullOrWhiteSpace(settings[InviteFirstAdmin.Setting]) || PublicAddress.Parse(settings[PublicAddress.Setting]) is not null),
        new($"{WebhookOptions.Section}:AllowPrivateAddresses, AllowedTestReceivers", WebhookOptions.RefusedInProduction,
            (settings, environment) => !environment.IsProduction() || !ReachPrivateAddresses(settings)),
    ];

    /// <summary>The message that refuses the start, naming each setting missing, wrong or out of place; null when none is.</summary>
    public static string? Refusal(IConfiguration configuration, IHostEnvironment environment)
    {
        var unmet = All.Where(r => !r.IsMet(configuration, environment)).DistinctBy(r => r.Setting).ToList();
        return unmet.Count == 0
            ? null
            : $"The portal does not start ({environment.EnvironmentName}) with these settings as they are:{Environment.NewLine}"
                + string.Join(Environment.NewLine, unmet.Select(r => $"  {r.Setting}: {r.Remedy}"));
    }

    private static string Missing(string setting, string example, string why) =>
        $"{why}; for example {setting.Replace(":", "__", StringComparison.Ordinal)}={example}";

    private static bool ReachPrivateAddresses(IConfiguration settings) =>
        settings.GetSection(WebhookOptions.Section).Get<WebhookOptions>()?.ReachPrivateAddresses ?? false;
}
