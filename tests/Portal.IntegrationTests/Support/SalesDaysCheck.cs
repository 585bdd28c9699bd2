using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Reports;

namespace Portal.IntegrationTests.Support;

/// <summary>The sales days as the saves kept them, against the same days counted again from the quotes.</summary>
public static class SalesDaysCheck
{
    /// <summary>Each day that counts something, as one line of text, in key order.</summary>
    public static Task<List<string>> ReadAsync(PortalFactory factory) =>
        factory.QueryAsync(async db => (await db.SalesDays.AsNoTracking().ToListAsync())
            .Where(d => !d.IsEmpty)
            .Select(d => string.Create(CultureInfo.InvariantCulture,
                $"{d.Day:yyyy-MM-dd} {d.Status} {d.SalespersonId} {d.OrganizationId}: submitted {d.Submitted} ({d.SubmittedValueMinorUnits}), issued {d.Issued} ({d.IssuedValueMinorUnits}, list {d.IssuedListMinorUnits}, discount {d.IssuedDiscountMinorUnits}), accepted {d.Accepted} ({d.AcceptedValueMinorUnits})"))
            .Order(StringComparer.Ordinal).ToList());

    /// <summary>Rebuilds the days from the quotes and checks that they are what the saves had made them.</summary>
    public static async Task AssertInStepAsync(PortalFactory factory)
    {
        var kept = await ReadAsync(factory);
        await factory.QueryAsync(async db =>
        {
            await SalesDayRollup.RebuildAsync(db, CancellationToken.None);
            return true;
        });
        Assert.NotEmpty(kept);
        Assert.Equal(await ReadAsync(factory), kept);
    }
}
