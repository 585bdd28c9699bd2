using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Rules;

/// <summary>The destination rules as admins read them: by country, each in effect, upcoming or superseded; and what they say of one shipment.</summary>
public sealed class DestinationRuleQueries(IPortalDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<DestinationRuleRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rules = await db.DestinationRules.AsNoTracking().ToListAsync(cancellationToken);
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var inEffect = rules.Where(r => r.IsInEffectOn(today))
            .GroupBy(r => (r.CountryCode, r.Classification))
            .Select(scope => scope.MaxBy(r => (r.EffectiveFrom, r.Id))!.Id)
            .ToHashSet();
        return rules
            .OrderBy(r => r.IsForEveryCountry ? 0 : 1).ThenBy(r => Countries.NameOf(r.CountryCode), StringComparer.Ordinal)
            .ThenBy(r => r.Classification, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom)
            .Select(r => new DestinationRuleRow(r, inEffect.Contains(r.Id) ? RuleStanding.InEffect
                : r.IsInEffectOn(today) ? RuleStanding.Superseded : RuleStanding.Upcoming))
            .ToList();
    }

    public async Task<DestinationCheck> CheckAsync(string countryCode, string classification, DateTime day, CancellationToken cancellationToken = default)
    {
        var rules = await db.DestinationRules.AsNoTracking().ToListAsync(cancellationToken);
        return new DestinationRuleBook(rules).Check(countryCode, ExportClassification.Normalize(classification), day.Date);
    }
}

public enum RuleStanding
{
    InEffect,
    Upcoming,
    Superseded,
}

public sealed record DestinationRuleRow(DestinationRule Rule, RuleStanding Standing);
