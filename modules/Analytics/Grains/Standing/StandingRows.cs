namespace CollectionGrains.Analytics.Standing;

/// <summary>Where an analysis above a project reads its households' figures.</summary>
internal enum StandingRows
{
    /// <summary>The history: the modules' tables, as the project's statements read them.</summary>
    History,

    /// <summary>Today's standing (analytics.household_standing).</summary>
    Today,

    /// <summary>The standing as of the last day of the month before today's (analytics.household_month_standing).</summary>
    MonthBefore,

    /// <summary>The households overdue at the end of the week before today's (analytics.household_week_standing).</summary>
    WeekBefore,
}
