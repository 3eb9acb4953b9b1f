namespace CollectionGrains.Organisation;

/// <summary>
/// Every figure of the totals in one fixed order — the twelve counts and amounts, the age, grade and contact-class
/// slots, then the collection counts: how a building stores its households' totals (one array of numbers each) and how
/// reconciliation names the figures that differ. Stored rows name the order they were written in, so changing this
/// order means adding a layout to the Organisation grains' <c>StoredFigureLayouts</c> (a test fails until it is added).
/// </summary>
public sealed partial record Totals
{
    private static readonly (string Name, Func<Totals, decimal> Value)[] Amounts =
    [
        (nameof(Households), t => t.Households),
        (nameof(HouseholdsInArrears), t => t.HouseholdsInArrears),
        (nameof(VacantHouseholds), t => t.VacantHouseholds),
        (nameof(ReceivablePeriod), t => t.ReceivablePeriod),
        (nameof(CollectedPeriod), t => t.CollectedPeriod),
        (nameof(ReceivableYear), t => t.ReceivableYear),
        (nameof(CollectedYear), t => t.CollectedYear),
        (nameof(OpeningArrears), t => t.OpeningArrears),
        (nameof(Recovered), t => t.Recovered),
        (nameof(ArrearsPrincipal), t => t.ArrearsPrincipal),
        (nameof(LateFees), t => t.LateFees),
        (nameof(Prepaid), t => t.Prepaid),
    ];

    /// <summary>The counts the Collection module adds (a household's collection case reports them), after the slots.</summary>
    private static readonly (string Name, Func<Totals, decimal> Value)[] CollectionCounts =
    [
        (nameof(PromisesOpen), t => t.PromisesOpen),
        (nameof(PromisesKept), t => t.PromisesKept),
        (nameof(PromisesBroken), t => t.PromisesBroken),
        (nameof(ContactsThisWeek), t => t.ContactsThisWeek),
        (nameof(VisitsThisMonth), t => t.VisitsThisMonth),
        (nameof(VisitsFlagged), t => t.VisitsFlagged),
        (nameof(VisitsCheating), t => t.VisitsCheating),
        (nameof(ServiceOrdersOpen), t => t.ServiceOrdersOpen),
        (nameof(ServiceOrdersOverdue), t => t.ServiceOrdersOverdue),
    ];

    private const int AgesAt = 12, GradesAt = AgesAt + AgeBuckets, ClassesAt = GradesAt + Grades, CollectionAt = ClassesAt + ContactClasses,
        WarningsAt = CollectionAt + 9;

    /// <summary>How many figures <see cref="CopyFiguresTo"/> writes.</summary>
    public const int FigureCount = WarningsAt + WarningLevels;

    /// <summary>The names of the figures, in the order <see cref="CopyFiguresTo"/> writes them.</summary>
    public static IReadOnlyList<string> FigureNames { get; } =
    [
        .. Amounts.Select(amount => amount.Name),
        .. Enumerable.Range(0, AgeBuckets).Select(i => $"{nameof(ArrearsByAge)}[{i}]"),
        .. Enumerable.Range(0, Grades).Select(i => $"{nameof(HouseholdsByGrade)}[{i}]"),
        .. Enumerable.Range(0, ContactClasses).Select(i => $"{nameof(HouseholdsByContactClass)}[{i}]"),
        .. CollectionCounts.Select(count => count.Name),
        .. Enumerable.Range(0, WarningLevels).Select(i => $"{nameof(WarningsByLevel)}[{i}]"),
    ];

    /// <summary>
    /// Writes every figure into <paramref name="destination"/> (at least <see cref="FigureCount"/> long) in the order of
    /// <see cref="FigureNames"/>, allocating nothing: a building writes its 200 households' figures on every flush.
    /// </summary>
    public void CopyFiguresTo(Span<decimal> destination)
    {
        for (var i = 0; i < Amounts.Length; i++)
        {
            destination[i] = Amounts[i].Value(this);
        }
        for (var i = 0; i < AgeBuckets; i++)
        {
            destination[AgesAt + i] = i < ArrearsByAge.Length ? ArrearsByAge[i] : 0;
        }
        for (var i = 0; i < Grades; i++)
        {
            destination[GradesAt + i] = i < HouseholdsByGrade.Length ? HouseholdsByGrade[i] : 0;
        }
        for (var i = 0; i < ContactClasses; i++)
        {
            destination[ClassesAt + i] = i < HouseholdsByContactClass.Length ? HouseholdsByContactClass[i] : 0;
        }
        for (var i = 0; i < CollectionCounts.Length; i++)
        {
            destination[CollectionAt + i] = CollectionCounts[i].Value(this);
        }
        for (var i = 0; i < WarningLevels; i++)
        {
            destination[WarningsAt + i] = i < WarningsByLevel.Length ? WarningsByLevel[i] : 0;
        }
    }

    /// <summary>The totals <see cref="CopyFiguresTo"/> wrote; figures missing at the end (stored as trailing zeros left out) read as 0.</summary>
    public static Totals FromFigures(ReadOnlySpan<decimal> figures)
    {
        var values = new decimal[FigureCount];
        figures[..Math.Min(figures.Length, FigureCount)].CopyTo(values);
        return new Totals
        {
            Households = (long)values[0],
            HouseholdsInArrears = (long)values[1],
            VacantHouseholds = (long)values[2],
            ReceivablePeriod = values[3],
            CollectedPeriod = values[4],
            ReceivableYear = values[5],
            CollectedYear = values[6],
            OpeningArrears = values[7],
            Recovered = values[8],
            ArrearsPrincipal = values[9],
            LateFees = values[10],
            Prepaid = values[11],
            ArrearsByAge = Shared(values[AgesAt..GradesAt]),
            HouseholdsByGrade = Shared([.. values[GradesAt..ClassesAt].Select(n => (long)n)]),
            HouseholdsByContactClass = Shared([.. values[ClassesAt..CollectionAt].Select(n => (long)n)]),
            PromisesOpen = (long)values[CollectionAt],
            PromisesKept = (long)values[CollectionAt + 1],
            PromisesBroken = (long)values[CollectionAt + 2],
            ContactsThisWeek = (long)values[CollectionAt + 3],
            VisitsThisMonth = (long)values[CollectionAt + 4],
            VisitsFlagged = (long)values[CollectionAt + 5],
            VisitsCheating = (long)values[CollectionAt + 6],
            ServiceOrdersOpen = (long)values[CollectionAt + 7],
            ServiceOrdersOverdue = (long)values[CollectionAt + 8],
            WarningsByLevel = Shared([.. values[WarningsAt..FigureCount].Select(n => (long)n)]),
        };
    }

    /// <summary>Every figure by name, in the same order (what reconciliation names when two totals differ).</summary>
    public IEnumerable<(string Name, decimal Value)> Figures()
    {
        var values = new decimal[FigureCount];
        CopyFiguresTo(values);
        return FigureNames.Zip(values);
    }
}
