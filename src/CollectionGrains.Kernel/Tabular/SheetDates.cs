using System.Text.RegularExpressions;

namespace CollectionGrains.Kernel.Tabular;

/// <summary>Which spreadsheet number formats show dates.</summary>
internal static partial class SheetDates
{
    /// <summary>
    /// Built-in formats that show a date: 14–17 and 22 (all locales), 27–36 and 50–58 (the CJK locales: 年月日, 平成,
    /// 民國 and the like; 32–35 and 55–56 are times there, but a time cell is not read as anything else either).
    /// </summary>
    public static bool IsBuiltInDateFormat(uint id) => id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58;

    /// <summary>A custom format shows a date when, outside quoted text, [..] sections and "General", it has y or d (or 年/日).</summary>
    public static bool IsDateFormat(string code)
    {
        var bare = Literals().Replace(code, "").Replace("General", "", StringComparison.OrdinalIgnoreCase);
        return bare.IndexOfAny(['y', 'Y', 'd', 'D', '年', '日']) >= 0;
    }

    [GeneratedRegex(@"""[^""]*""|\[[^\]]*\]|\\.")]
    private static partial Regex Literals();
}
