using Portal.Domain.Organizations;

namespace Portal.Application.Configurations.Rules;

/// <summary>What a rack asks of the site it goes to. Message keys: kw (one rack), total (all racks), available, site, airLimit.</summary>
public sealed record SiteRule(RuleHeading Heading, SiteCheck What) : DeclaredRule(Heading)
{
    public static readonly string[] Keys = ["kw", "total", "available", "site", "airLimit"];

    public override string Kind => "site";

    protected override bool AsksForComponents => false;

    protected override void CheckRack(RuleInput input, List<BrokenRule> broken)
    {
        if (input.Check.Site is not { } site || input.Check.RackCount <= 0)
        {
            return;
        }
        var build = input.Build;
        var totalWatts = build.PowerWatts * input.Check.RackCount;
        var keeps = What switch
        {
            SiteCheck.Power => totalWatts <= site.PowerAvailableKw * 1000L,
            _ => build.CoolingNeeded == CoolingType.Air || site.Cooling == CoolingType.Liquid,
        };
        if (!keeps)
        {
            broken.Add(Broken(input, "SiteId", null,
                ("kw", RuleValue.Kw(build.PowerWatts)), ("total", new RuleValue($"{totalWatts / 1000m:N0}", totalWatts / 1000m)),
                ("available", RuleValue.Of(site.PowerAvailableKw)), ("site", RuleValue.Of(site.Name)),
                ("airLimit", RuleValue.Kw(build.Specification.AirCoolingLimitWatts))));
        }
    }
}

/// <summary>What a site rule checks: the site's power for all the racks, or liquid cooling where a rack needs it.</summary>
public enum SiteCheck
{
    Power,
    Cooling,
}
