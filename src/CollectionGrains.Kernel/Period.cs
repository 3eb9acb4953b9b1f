using System.Globalization;
using System.Text.Json.Serialization;

namespace CollectionGrains.Kernel;

/// <summary>A billing period: one calendar month, written <c>2026-11</c>.</summary>
[GenerateSerializer, Immutable, Alias("kernel.Period")]
[JsonConverter(typeof(PeriodJsonConverter))]
public readonly record struct Period : IComparable<Period>
{
    public Period(int year, int month)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), $"{year:D4}-{month:D2} is not a period");
        }
        Year = year;
        Month = month;
    }

    [Id(0)] public int Year { get; }

    [Id(1)] public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public static Period Of(DateOnly date) => new(date.Year, date.Month);

    public Period AddMonths(int months) => Of(FirstDay.AddMonths(months));

    /// <summary>The day of this period with the given number, clamped to the month's length (a due day of 31 in February is the 28th or 29th).</summary>
    public DateOnly Day(int day) => new(Year, Month, Math.Clamp(day, 1, DateTime.DaysInMonth(Year, Month)));

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year is < 1900 or > 2200 || month is < 1 or > 12)
        {
            return false;
        }
        period = new Period(year, month);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period (expected yyyy-MM)");

    public int CompareTo(Period other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
