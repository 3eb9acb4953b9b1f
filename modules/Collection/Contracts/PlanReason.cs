namespace CollectionGrains.Collection;

/// <summary>Why the procedure asks for a contact (DOMAIN.md, the standard collection procedure).</summary>
public enum PlanReason
{
    /// <summary>First round: a friendly reminder within the first days of the task.</summary>
    FirstRound,

    /// <summary>A: a reminder the day before the promised date.</summary>
    PromiseReminder,

    /// <summary>B: a contact every day until the household promises.</summary>
    DailyFollowUp,

    /// <summary>B: no answer earlier today; try again at another time of day.</summary>
    RetryNoAnswer,

    /// <summary>C: unreachable; find a new number and visit the door.</summary>
    VisitForNewNumber,

    /// <summary>D: away; a contact every day with a remote-payment link.</summary>
    RemotePaymentLink,

    /// <summary>E or escalated: the supervisor takes the case.</summary>
    SupervisorCase,

    /// <summary>Fewer contacts this week than the weekly minimum would allow to reach.</summary>
    WeeklyMinimum,

    /// <summary>The owner confirmed a service order fixed: follow the fix up, then ask for payment again.</summary>
    ServiceFollowUp,
}
