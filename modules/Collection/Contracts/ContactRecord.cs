namespace CollectionGrains.Collection;

/// <summary>
/// 催收记录: one contact as recorded — what the collector reported, and what the system filled in: the amount owed at that
/// moment, who recorded it, the task it belongs to, the script version used, whether it fell outside the project's
/// contact windows, who allowed it above the caps, and the checks of a visit's evidence.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.ContactRecord")]
public sealed record ContactRecord(
    [property: Id(0)] ContactRequest Request,
    [property: Id(1)] string Collector,
    [property: Id(2)] decimal AmountOwed,
    [property: Id(3)] string? TaskId,
    [property: Id(4)] bool OutsideWindow,
    [property: Id(5)] int? ScriptVersion,
    [property: Id(6)] string? CapsOverriddenBy,
    [property: Id(7)] DateTimeOffset RecordedAt,
    [property: Id(8)] VisitCheck? VisitCheck = null)
{
    public string ContactId => Request.ContactId;

    public DateTimeOffset At => Request.At;
}
