namespace CollectionGrains.Billing;

/// <summary>Which <see cref="AgeBucket"/> an age in days falls in.</summary>
public static class AgeBuckets
{
    public static AgeBucket Of(int days) => days switch
    {
        <= 30 => AgeBucket.Days0To30,
        <= 90 => AgeBucket.Days31To90,
        <= 180 => AgeBucket.Days91To180,
        <= 365 => AgeBucket.Days181To365,
        _ => AgeBucket.Over365,
    };
}
