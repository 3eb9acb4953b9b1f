using CollectionGrains.Kernel.Tabular;
using System.Globalization;
using System.Text.RegularExpressions;
using CollectionGrains.Kernel;

namespace CollectionGrains.Billing.Imports;

/// <summary>
/// Cell values as Chinese offices write them: amounts with ¥ and thousands separators, areas with ㎡, dates as
/// 2024年3月15日, 2024.3.15, 20240315 or with a time. A bad one adds an <see cref="ImportError"/> (in Chinese, with row
/// and column) and yields null.
/// </summary>
internal static partial class SheetValues
{
    private static readonly string[] DateFormats =
        ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy-M-d'T'H:mm:ss"];

    public static decimal? Decimal(string text, int row, string column, List<ImportError> errors)
    {
        if (decimal.TryParse(Unadorned(text), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands,
                CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new ImportError(row, column, $"“{text}”不是数字"));
        return null;
    }

    public static decimal? Money(string text, int row, string column, List<ImportError> errors)
    {
        var value = Decimal(text, row, column, errors);
        if (value is { } amount && Kernel.Money.ValidatePositive(amount, "amount") is not null)
        {
            errors.Add(new ImportError(row, column, $"金额 {amount} 应大于 0，且最多两位小数"));
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
        if (DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            && moment.Year is >= 1950 and <= 2100)
        {
            return DateOnly.FromDateTime(moment);
        }
        errors.Add(new ImportError(row, column, $"“{text}”不是日期（例如 2024-03-15、2024/3/15、2024年3月15日）"));
        return null;
    }

    public static Period? Period(string text, int row, string column, List<ImportError> errors)
    {
        var normal = text.Trim().Replace('/', '-').Replace('.', '-').Replace("年", "-").Replace("月", "");
        if (Kernel.Period.TryParse(normal, out var period)
            || (normal.Length == 6 && normal.All(char.IsAsciiDigit) && Kernel.Period.TryParse($"{normal[..4]}-{normal[4..]}", out period))
            || (normal.Split('-') is [var y, var m] && int.TryParse(y, out var year) && int.TryParse(m, out var month) && month is >= 1 and <= 12
                && Kernel.Period.TryParse($"{year:D4}-{month:D2}", out period)))
        {
            return period;
        }
        errors.Add(new ImportError(row, column, $"“{text}”不是账期（例如 2024-03 或 2024年3月）"));
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
                errors.Add(new ImportError(row, column, $"“{text}”应为 是 或 否"));
                return false;
        }
    }

    /// <summary>A number without what offices write around it: ¥/￥, 元, ㎡/m²/平方米/平米, spaces, full-width digits.</summary>
    private static string Unadorned(string text) =>
        Decorations().Replace(text.Normalize(System.Text.NormalizationForm.FormKC), "").Trim();

    [GeneratedRegex(@"^\s*[¥￥]|元\s*$|(㎡|m²|m2|平方米|平米)\s*$|\s", RegexOptions.IgnoreCase)]
    private static partial Regex Decorations();
}
