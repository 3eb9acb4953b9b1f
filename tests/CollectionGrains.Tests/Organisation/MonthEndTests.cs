using CollectionGrains.Kernel;
using CollectionGrains.Organisation.Targets;

namespace CollectionGrains.Tests.Organisation;

/// <summary>The month closes on its last evening, China time, and at no other time.</summary>
public sealed class MonthEndTests
{
    [Theory]
    [InlineData("2026-12-31T23:50:00+08:00", "2026-12")]
    [InlineData("2026-12-31T15:55:00+00:00", "2026-12")]   // 23:55 in China
    [InlineData("2027-02-28T23:59:59+08:00", "2027-02")]
    [InlineData("2028-02-29T23:51:00+08:00", "2028-02")]   // a leap year's last day
    [InlineData("2026-12-31T23:49:59+08:00", null)]
    [InlineData("2027-01-01T00:05:00+08:00", null)]
    [InlineData("2028-02-28T23:55:00+08:00", null)]
    [InlineData("2026-12-31T23:55:00+00:00", null)]        // already 1 January in China
    public void A_month_closes_on_its_last_day_from_23_50_China_time(string now, string? month) =>
        Assert.Equal(month, MonthEnd.ToClose(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))?.ToString());

    [Fact]
    public void The_next_check_is_the_next_23_50_China_time()
    {
        Assert.Equal(TimeSpan.FromMinutes(50), MonthEnd.UntilNextCheck(DateTimeOffset.Parse("2026-12-02T23:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1), MonthEnd.UntilNextCheck(DateTimeOffset.Parse("2026-12-02T23:51:00+08:00", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
