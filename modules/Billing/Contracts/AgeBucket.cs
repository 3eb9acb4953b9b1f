namespace CollectionGrains.Billing;

/// <summary>账龄: the age of the oldest unpaid overdue bill, in the buckets head office reports.</summary>
public enum AgeBucket
{
    Days0To30,
    Days31To90,
    Days91To180,
    Days181To365,
    Over365,
}
