namespace CollectionGrains.Organisation;

/// <summary>
/// A household's slots are nearly always all 0 or a single 1 (its grade, its last contact's class), and a million
/// households each holding their own small arrays — twice, with their building's copy — cost about 0.5 KiB a household.
/// So such slots are one shared instance per content. A totals' arrays are never written once it is built (sums are
/// made in fresh arrays), which is what makes sharing them safe.
/// </summary>
public sealed partial record Totals
{
    private const int SharedUpTo = 5;
    private static decimal[] NoArrearsByAge => SharedSlots.NoArrearsByAge;
    private static long[] NoHouseholdsByGrade => SharedSlots.Zeros[Grades];
    private static long[] NoHouseholdsByContactClass => SharedSlots.Zeros[ContactClasses];
    private static long[] NoWarningsByLevel => SharedSlots.Zeros[WarningLevels];

    /// <summary>The shared instance of these counts when they are all 0 or a single 1; otherwise the counts themselves.</summary>
    public static long[] Shared(long[] counts)
    {
        if (counts.Length > SharedUpTo)
        {
            return counts;
        }
        var one = -1;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0)
            {
                continue;
            }
            if (counts[i] != 1 || one >= 0)
            {
                return counts;
            }
            one = i;
        }
        return one < 0 ? SharedSlots.Zeros[counts.Length] : SharedSlots.Ones[counts.Length][one];
    }

    /// <summary>The shared instance of amounts by age when every one is a plain 0 (no arrears); otherwise the amounts themselves.</summary>
    public static decimal[] Shared(decimal[] amounts) =>
        amounts.Length == AgeBuckets && amounts.All(a => a == 0m && a.Scale == 0) ? SharedSlots.NoArrearsByAge : amounts;

    /// <summary>Apart, so that they exist before any totals is built (<see cref="Zero"/> is, by the other part's initialiser).</summary>
    private static class SharedSlots
    {
        public static readonly decimal[] NoArrearsByAge = new decimal[AgeBuckets];
        public static readonly long[][] Zeros = [.. Enumerable.Range(0, SharedUpTo + 1).Select(length => new long[length])];
        public static readonly long[][][] Ones = [.. Enumerable.Range(0, SharedUpTo + 1).Select(length => Enumerable.Range(0, length).Select(i => Unit(length, i)).ToArray())];

        private static long[] Unit(int length, int index)
        {
            var counts = new long[length];
            counts[index] = 1;
            return counts;
        }
    }
}
