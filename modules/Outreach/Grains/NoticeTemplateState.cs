namespace CollectionGrains.Outreach;

/// <summary>Every wording a group saved, per kind, oldest first (version n is the n-th saved).</summary>
[GenerateSerializer, Alias("outreach.NoticeTemplateState")]
public sealed class NoticeTemplateState
{
    [Id(0)] public Dictionary<NoticeKind, List<NoticeTemplate>> Saved { get; set; } = [];
}
