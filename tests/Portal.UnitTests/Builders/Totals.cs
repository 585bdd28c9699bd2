using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.UnitTests.Builders;

/// <summary>The totals of an issued revision: a list value in USD, a sales discount off it and a tenth as deposit.</summary>
public static class Totals
{
    public static RevisionTotals Of(long list, long salesDiscount = 0)
    {
        Money Usd(long minorUnits) => new(minorUnits, "USD");
        return new RevisionTotals(Usd(list), Usd(0), Usd(salesDiscount), Usd(list - salesDiscount), Usd((list - salesDiscount) / 10));
    }
}
