namespace CollectionGrains.Customers.Grading;

/// <summary>
/// What one bill says about a household on a day: paid on time, paid after one reminder, after repeated reminders,
/// defaulted (still unpaid after repeated reminders), or nothing yet (not due, or overdue but not long enough to tell).
/// The first four are in the order of <see cref="Grade"/>.
/// </summary>
internal enum BillOutcome
{
    OnTime,
    AfterReminder,
    AfterRepeatedReminders,
    Defaulted,
    Undecided,
}
