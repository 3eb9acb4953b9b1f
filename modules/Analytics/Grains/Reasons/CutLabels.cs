using CollectionGrains.Collection;

namespace CollectionGrains.Analytics.Reasons;

/// <summary>What a value of a cut (or a credit tag) is called, in Chinese (the reports' language).</summary>
internal static class CutLabels
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Individual"] = "个人", ["Corporate"] = "企业", ["Vacant"] = "空置", ["Occupied"] = "已入住",
        ["NeverInArrears"] = "从未欠费", ["FirstArrears"] = "首次欠费", ["RepeatedArrears"] = "多次欠费", ["LongOverdue"] = "长期欠费", ["LargeArrears"] = "大额欠费",
        ["RecentComplaint"] = "近期投诉",
        ["Current"] = "未逾期", ["Days0To30"] = "0–30天", ["Days31To90"] = "31–90天", ["Days91To180"] = "91–180天", ["Days181To365"] = "181–365天", ["Over365"] = "365天以上",
    };

    public static string Of(ReasonCut cut, string key, IReadOnlyDictionary<string, string> nodeNames) => cut switch
    {
        ReasonCut.None => "全部",
        ReasonCut.Node => nodeNames.GetValueOrDefault(key, "其他"),
        _ => Named(key),
    };

    /// <summary>A customer type, vacancy, grade or age bucket (roll state) by its stored name.</summary>
    public static string Named(string key) =>
        Names.TryGetValue(key, out var name) ? name : Enum.TryParse<Customers.Grade>(key, out var grade) ? Customers.GradeNames.Of(grade) : key;

    /// <summary>A reason category as the reports name it; none: 未登记 (overdue with no reason recorded).</summary>
    public static string Category(ArrearsReasonCategory? category) => category switch
    {
        ArrearsReasonCategory.BasicService => "基础服务类",
        ArrearsReasonCategory.ValueAddedService => "增值服务类",
        ArrearsReasonCategory.Developer => "地产类",
        ArrearsReasonCategory.Other => "其他",
        _ => "未登记",
    };
}
