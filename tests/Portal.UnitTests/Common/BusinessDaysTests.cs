using Portal.Domain.Common;

namespace Portal.UnitTests.Common;

public sealed class BusinessDaysTests
{
    private static DateTime At(int day, int hour = 0) => new(2026, 11, day, hour, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(23, 9, 23, 21, 0.5)]   // Monday morning to Monday evening
    [InlineData(23, 0, 25, 0, 2)]      // Monday to Wednesday
    [InlineData(27, 12, 30, 12, 1)]    // Friday noon to Monday noon: the weekend does not count
    [InlineData(28, 0, 30, 0, 0)]      // Saturday to Monday
    [InlineData(25, 0, 23, 0, 0)]      // backwards is nothing
    public void CountOnlyWeekdayTime(int fromDay, int fromHour, int toDay, int toHour, double expected) =>
        Assert.Equal(expected, BusinessDays.Between(At(fromDay, fromHour), At(toDay, toHour)), 6);

    [Theory]
    [InlineData(30, 12, 2, 26, 12)]    // Monday noon minus two business days: Thursday noon
    [InlineData(25, 6, 0.25, 25, 0)]   // within the day
    [InlineData(29, 12, 1, 27, 0)]     // Sunday noon minus one: Friday 00:00
    public void StepBackOverWeekends(int toDay, int toHour, double days, int expectedDay, int expectedHour) =>
        Assert.Equal(At(expectedDay, expectedHour), BusinessDays.Before(At(toDay, toHour), days));

    [Fact]
    public void BeforeAndBetweenAgree()
    {
        var now = At(30, 15);
        for (var days = 0.5; days <= 12; days += 0.5)
        {
            Assert.Equal(days, BusinessDays.Between(BusinessDays.Before(now, days), now), 6);
        }
    }
}
