using CollectionGrains.Collection;
using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.Collection;

/// <summary>Signals, contacts and times for the case rules' tests, on a fixed Wednesday in China time.</summary>
public static class CaseFixtures
{
    /// <summary>Wednesday 2026-03-04, 10:00 China time: inside the weekday morning window.</summary>
    public static readonly DateTimeOffset Wednesday = new(2026, 3, 4, 10, 0, 0, BusinessCalendar.Offset);

    public static ArrearsSignal Signal(long version, decimal owed, decimal totalPaid, DateTimeOffset at, ArrearsCause cause = ArrearsCause.Day,
        string householdId = "h1", string buildingId = "b1") =>
        new(householdId, "p1", buildingId, version, owed, owed > 0 ? new DateOnly(2026, 1, 15) : null, totalPaid, cause, at, owed);

    public static ContactRequest Contact(string id, ContactClass outcome, DateTimeOffset at, bool answered = true,
        DateOnly? promisedDate = null, decimal? promisedAmount = null, ContactMethod method = ContactMethod.Phone, bool overrideCaps = false) =>
        new(id, method, outcome, at, answered, promisedDate, promisedAmount, OverrideCaps: overrideCaps);

    public static readonly CollectionActor Collector1 = new("collector1", ActorRank.Collector);

    public static readonly CollectionActor Collector2 = new("collector2", ActorRank.Collector);

    public static readonly CollectionActor Supervisor = new("supervisor1", ActorRank.Supervisor);
}
