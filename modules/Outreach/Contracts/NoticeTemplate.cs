namespace CollectionGrains.Outreach;

/// <summary>
/// The wording of one kind of notice, a Liquid template (the engine of the scripts) of a plain markup: <c># title</c>,
/// <c>## heading</c>, table rows <c>| a | b |</c> (the first row of a table is its header), <c>[二维码]</c> for the pay
/// link's QR code, <c>&gt;&gt; text</c> aligned right (signature, date), blank lines between paragraphs.
/// Version 0 is the built-in wording; each saved wording is the next version.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.NoticeTemplate")]
public sealed record NoticeTemplate(
    [property: Id(0)] NoticeKind Kind,
    [property: Id(1)] int Version,
    [property: Id(2)] string Body,
    [property: Id(3)] string? SavedBy,
    [property: Id(4)] DateTimeOffset? SavedAt);
