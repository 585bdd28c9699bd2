using FluentValidation;
using Portal.Domain.Common;

namespace Portal.Application.Common;

/// <summary>The horizon every quarter a person types is held to, on the pages and through the API.</summary>
public static class QuarterRules
{
    public const string PastQuarter = "Choose this quarter or a later one from the list.";

    public static string BeyondHorizon(DateTime now) =>
        $"Choose {Quarter.Horizon(now)} or an earlier quarter: nothing is planned more than {Quarter.HorizonQuarters / 4} years ahead.";

    public static bool IsBeyondHorizon(Quarter quarter, DateTime now) => quarter > Quarter.Horizon(now);

    /// <summary>A quarter as typed is not later than the horizon (whether it is a quarter at all is another rule's).</summary>
    public static IRuleBuilderOptions<T, string?> WithinHorizon<T>(this IRuleBuilder<T, string?> rule, TimeProvider clock) =>
        rule.Must(text => !Quarter.TryParse(text, out var quarter) || !IsBeyondHorizon(quarter, clock.GetUtcNow().UtcDateTime))
            .WithMessage(_ => BeyondHorizon(clock.GetUtcNow().UtcDateTime));
}
