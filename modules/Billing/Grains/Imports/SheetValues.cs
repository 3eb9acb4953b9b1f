using System.Globalization;
using CollectionGrains.Kernel;

namespace CollectionGrains.Billing.Imports;

/// <summary>Cell values as the sheets write them; a bad one adds an <see cref="ImportError"/> and yields null.</summary>
internal static class SheetValues
{
    public static decimal? Decimal(string text, int row, string column, List<ImportError> errors)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new ImportError(row, column, $"'{text}' is not a number"));
        return null;
    }

    public static decimal? Money(string text, int row, string column, List<ImportError> errors)
    {
        var value = Decimal(text, row, column, errors);
        if (value is { } amount && Kernel.Money.ValidatePositive(amount, "amount") is { } problem)
        {
            errors.Add(new ImportError(row, column, problem));
            return null;
        }
        return value;
    }

    public static DateOnly? Date(string text, int row, string column, List<ImportError> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1950 and <= 2100)
        {
            return date;
        }
        errors.Add(new ImportError(row, column, $"'{text}' is not a date (yyyy-MM-dd)"));
        return null;
    }

    public static Period? Period(string text, int row, string column, List<ImportError> errors)
    {
        if (Kernel.Period.TryParse(text, out var period))
        {
            return period;
        }
        errors.Add(new ImportError(row, column, $"'{text}' is not a period (yyyy-MM)"));
        return null;
    }

    public static bool YesNo(string text, int row, string column, List<ImportError> errors)
    {
        switch (text.ToLowerInvariant())
        {
            case "" or "否" or "no" or "false" or "0" or "n":
                return false;
            case "是" or "yes" or "true" or "1" or "y":
                return true;
            default:
                errors.Add(new ImportError(row, column, $"'{text}' must be 是/否"));
                return false;
        }
    }
}
