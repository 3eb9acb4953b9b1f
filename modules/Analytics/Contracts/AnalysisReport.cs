namespace CollectionGrains.Analytics;

/// <summary>
/// One analysis report of a node (分析报告): its cadence and the days it covers, when and by whom (or by the schedule:
/// <c>system</c>) it was produced, and the managers it was delivered to through the outbox (each a message of its own).
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.AnalysisReport")]
public sealed record AnalysisReport(
    [property: Id(0)] string ReportId,
    [property: Id(1)] string NodeId,
    [property: Id(2)] ReportCadence Cadence,
    [property: Id(3)] string Title,
    [property: Id(4)] DateOnly Start,
    [property: Id(5)] DateOnly End,
    [property: Id(6)] DateTimeOffset ProducedAt,
    [property: Id(7)] string ProducedBy,
    [property: Id(8)] IReadOnlyList<string> Recipients)
{
    /// <summary>
    /// The outbox message that delivered this production of the report to one recipient. The schedule's is the same
    /// for every production of the period, so a report produced again after a silo died mid-delivery is not sent twice.
    /// </summary>
    public string MessageIdOf(string username) =>
        ProducedBy == "system" ? $"{ReportId}:schedule:{username}" : $"{ReportId}:{ProducedAt.ToUnixTimeMilliseconds()}:{username}";
}
