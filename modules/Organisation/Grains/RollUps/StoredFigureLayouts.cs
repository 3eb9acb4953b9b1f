namespace CollectionGrains.Organisation.RollUps;

/// <summary>
/// The orders in which stored rows have held a child's figures. A row names its layout (<c>"$layout": n</c>; rows written
/// before layouts were named are layout 1) and reading maps each stored figure to the current figure of the same name,
/// so a figure added, moved or dropped later never shifts what was stored. A change to <see cref="Totals.FigureNames"/>
/// is a new layout appended here (a test and the first write check it); a layout once written is never edited.
/// </summary>
internal static class StoredFigureLayouts
{
    // Each layout so far appended figures to the one before it; written out once, each is composed from its predecessor.
    private static readonly string[] Layout1 =
    [
        "Households", "HouseholdsInArrears", "VacantHouseholds", "ReceivablePeriod", "CollectedPeriod", "ReceivableYear",
        "CollectedYear", "OpeningArrears", "Recovered", "ArrearsPrincipal", "LateFees", "Prepaid",
        "ArrearsByAge[0]", "ArrearsByAge[1]", "ArrearsByAge[2]", "ArrearsByAge[3]", "ArrearsByAge[4]",
        "HouseholdsByGrade[0]", "HouseholdsByGrade[1]", "HouseholdsByGrade[2]", "HouseholdsByGrade[3]",
        "HouseholdsByContactClass[0]", "HouseholdsByContactClass[1]", "HouseholdsByContactClass[2]",
        "HouseholdsByContactClass[3]", "HouseholdsByContactClass[4]",
        "PromisesOpen", "PromisesKept", "PromisesBroken", "ContactsThisWeek",
    ];

    private static readonly string[] Layout2 =
        [.. Layout1, "VisitsThisMonth", "VisitsFlagged", "VisitsCheating", "ServiceOrdersOpen", "ServiceOrdersOverdue"];

    private static readonly string[] Layout3 =
        [.. Layout2, "WarningsByLevel[0]", "WarningsByLevel[1]", "WarningsByLevel[2]", "WarningsByLevel[3]"];

    private static readonly string[][] Layouts = [Layout1, Layout2, Layout3];

    private static readonly int[][] Positions = [.. Layouts.Select(PositionsNow)];

    /// <summary>The layout rows are written in: the last one, which must be today's <see cref="Totals.FigureNames"/>.</summary>
    public static int Current { get; } = Layouts[^1].SequenceEqual(Totals.FigureNames)
        ? Layouts.Length
        : throw new InvalidOperationException(
            $"Totals.FigureNames differs from stored layout {Layouts.Length}: append the new order to {nameof(StoredFigureLayouts)} as layout {Layouts.Length + 1}");

    /// <summary>For each figure position of <paramref name="layout"/>, its position today (-1: a figure no longer kept).</summary>
    public static int[] PositionsNowOf(int layout) =>
        layout >= 1 && layout <= Layouts.Length
            ? Positions[layout - 1]
            : throw new System.Text.Json.JsonException($"stored child totals name layout {layout}, which this version does not know");

    private static int[] PositionsNow(string[] names) => [.. names.Select(name => Totals.FigureNames.ToList().IndexOf(name))];
}
