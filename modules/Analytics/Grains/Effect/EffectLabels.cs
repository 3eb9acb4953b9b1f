namespace CollectionGrains.Analytics.Effect;

/// <summary>What a group of the effect analysis is called, in Chinese for the methods and nodes.</summary>
internal static class EffectLabels
{
    private static readonly Dictionary<string, string> Methods = new(StringComparer.Ordinal)
    {
        ["PaymentNotice"] = "缴费通知单", ["DunningNotice"] = "催收通知单", ["DunningLetter"] = "催收通知函", ["Phone"] = "电话", ["Sms"] = "短信",
        ["WeChat"] = "微信", ["AppPush"] = "App 推送", ["Visit"] = "上门", ["LawyerLetter"] = "律师函", ["PublicNotice"] = "不记名公示", ["Lawsuit"] = "起诉",
    };

    public static string Of(EffectDimension by, string key, IReadOnlyDictionary<string, string> nodeNames) => by switch
    {
        EffectDimension.Method => Methods.GetValueOrDefault(key, key),
        EffectDimension.Script => key.Length == 0 ? "无话术" : key,
        EffectDimension.Node => nodeNames.GetValueOrDefault(key, "其他"),
        EffectDimension.CustomerType or EffectDimension.Grade or EffectDimension.Vacancy => Reasons.CutLabels.Named(key),
        _ => key,
    };
}
