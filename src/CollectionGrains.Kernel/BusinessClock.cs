namespace CollectionGrains.Kernel;

/// <summary>
/// The clock business rules read (today's date for due dates, late fees and ages), kept apart from the
/// <see cref="TimeProvider"/> the Orleans runtime uses, so that tests can move business time without moving the runtime's.
/// </summary>
public class BusinessClock(TimeProvider time)
{
    public virtual DateTimeOffset Now => time.GetUtcNow().ToOffset(BusinessCalendar.Offset);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
