namespace CollectionGrains.Analytics;

/// <summary>Where a household stands at a month's end: nothing overdue, or the age (账龄) of its oldest overdue bill.</summary>
public enum RollState
{
    Current,
    Days0To30,
    Days31To90,
    Days91To180,
    Days181To365,
    Over365,
}
