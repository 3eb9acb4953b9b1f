namespace CollectionGrains.Outreach;

/// <summary>A document written once for a whole batch (the public notice of a building or project), recorded on each of its households.</summary>
[GenerateSerializer, Immutable, Alias("outreach.SharedNotice")]
public sealed record SharedNotice(
    [property: Id(0)] string DocumentHash,
    [property: Id(1)] string Markup,
    [property: Id(2)] int TemplateVersion);
