using System.Text.Json.Serialization;
using CollectionGrains.Kernel;

namespace CollectionGrains.Organisation;

/// <summary>
/// The figures head office reads at every node: exact sums over the households below it. A household contributes
/// one household; a node's totals are the sum of its children's. Periods: <see cref="ReceivablePeriod"/> and
/// <see cref="CollectedPeriod"/> are for bills of the current month, the year figures for bills of the current year;
/// opening arrears are the principal of earlier years' bills unpaid on 1 January, recovered is what of it was paid since.
/// </summary>
[GenerateSerializer, Immutable, Alias("organisation.Totals")]
public sealed partial record Totals
{
    public const int AgeBuckets = 5;
    public const int Grades = 4;
    public const int ContactClasses = 5;
    public const int WarningLevels = 4;

    [Id(0)] public long Households { get; init; }
    [Id(1)] public long HouseholdsInArrears { get; init; }
    [Id(2)] public long VacantHouseholds { get; init; }
    [Id(3)] public decimal ReceivablePeriod { get; init; }
    [Id(4)] public decimal CollectedPeriod { get; init; }
    [Id(5)] public decimal ReceivableYear { get; init; }
    [Id(6)] public decimal CollectedYear { get; init; }
    [Id(7)] public decimal OpeningArrears { get; init; }
    [Id(8)] public decimal Recovered { get; init; }
    [Id(9)] public decimal ArrearsPrincipal { get; init; }
    [Id(10)] public decimal LateFees { get; init; }
    [Id(11)] public decimal Prepaid { get; init; }

    /// <summary>Arrears (principal + late fee) by the age of each overdue bill: 0–30, 31–90, 91–180, 181–365, &gt;365 days.</summary>
    [Id(12)] public decimal[] ArrearsByAge { get; init; } = NoArrearsByAge;

    /// <summary>Households by grade: SelfPayer, PaysAfterReminder, PaysAfterRepeatedReminders, Defaulter.</summary>
    [Id(13)] public long[] HouseholdsByGrade { get; init; } = NoHouseholdsByGrade;

    /// <summary>Households by the class of their last contact: A_Promised … E_Refusing.</summary>
    [Id(14)] public long[] HouseholdsByContactClass { get; init; } = NoHouseholdsByContactClass;

    /// <summary>Promises to pay (class A) not yet kept or broken.</summary>
    [Id(15)] public long PromisesOpen { get; init; }

    /// <summary>Promises kept this month: the promised amount paid by the promised date.</summary>
    [Id(16)] public long PromisesKept { get; init; }

    /// <summary>Promises broken this month: the promised date passed without the promised amount.</summary>
    [Id(17)] public long PromisesBroken { get; init; }

    /// <summary>Contacts (催收记录) recorded for a business date of this week, Monday to Sunday.</summary>
    [Id(18)] public long ContactsThisWeek { get; init; }

    /// <summary>Visits (上门) recorded for a business date of this month.</summary>
    [Id(19)] public long VisitsThisMonth { get; init; }

    /// <summary>Visits of this month flagged by their checks (wrong code, too far, no real photo).</summary>
    [Id(20)] public long VisitsFlagged { get; init; }

    /// <summary>Visits of this month a supervisor confirmed as cheating (作弊).</summary>
    [Id(21)] public long VisitsCheating { get; init; }

    /// <summary>Service orders (服务工单) open: not yet confirmed resolved by the owner.</summary>
    [Id(22)] public long ServiceOrdersOpen { get; init; }

    /// <summary>Open service orders past their deadline.</summary>
    [Id(23)] public long ServiceOrdersOverdue { get; init; }

    /// <summary>催收预警 open, by whom they are with: collector, supervisor, project manager, branch.</summary>
    [Id(24)] public long[] WarningsByLevel { get; init; } = NoWarningsByLevel;

    /// <summary>Every open warning, whatever its level.</summary>
    [JsonIgnore]
    public long WarningsOpen => WarningsByLevel.Sum();

    public static Totals Zero { get; } = new();

    /// <summary>收缴率: collected ÷ receivable for bills of the current period (0 when nothing is receivable).</summary>
    [JsonIgnore]
    public decimal CollectionRate => Rate(CollectedPeriod, ReceivablePeriod);

    /// <summary>
    /// 年度收缴率: collected ÷ receivable for this year's bills so far — the rate to read in the first days of a month,
    /// when the month's own bills are barely due.
    /// </summary>
    [JsonIgnore]
    public decimal CollectionRateYear => Rate(CollectedYear, ReceivableYear);

    /// <summary>清欠率: recovered ÷ opening arrears of earlier years (0 when there were none).</summary>
    [JsonIgnore]
    public decimal RecoveryRate => Rate(Recovered, OpeningArrears);

    public Totals Plus(Totals other) => Sum([this, other]);

    /// <summary>These totals with one part's old figures replaced by its new ones; exact, as decimal sums are.</summary>
    public Totals Replacing(Totals old, Totals replacement) => Combine([(this, 1), (replacement, 1), (old, -1)]);

    /// <summary>The exact sum of many totals in one pass (a node sums its children once when it loads, then keeps the sum).</summary>
    public static Totals Sum(IEnumerable<Totals> parts) => Combine(parts.Select(part => (part, 1)));

    /// <summary>Adds each part (sign 1) or takes it away (sign -1).</summary>
    private static Totals Combine(IEnumerable<(Totals Part, int Sign)> parts)
    {
        long households = 0, inArrears = 0, vacant = 0, promisesOpen = 0, promisesKept = 0, promisesBroken = 0, contactsThisWeek = 0;
        long visits = 0, visitsFlagged = 0, visitsCheating = 0, ordersOpen = 0, ordersOverdue = 0;
        decimal receivablePeriod = 0, collectedPeriod = 0, receivableYear = 0, collectedYear = 0, opening = 0, recovered = 0, principal = 0, lateFees = 0, prepaid = 0;
        var byAge = new decimal[AgeBuckets];
        var byGrade = new long[Grades];
        var byContact = new long[ContactClasses];
        var byLevel = new long[WarningLevels];
        foreach (var (part, sign) in parts)
        {
            households += sign * part.Households;
            inArrears += sign * part.HouseholdsInArrears;
            vacant += sign * part.VacantHouseholds;
            receivablePeriod += sign * part.ReceivablePeriod;
            collectedPeriod += sign * part.CollectedPeriod;
            receivableYear += sign * part.ReceivableYear;
            collectedYear += sign * part.CollectedYear;
            opening += sign * part.OpeningArrears;
            recovered += sign * part.Recovered;
            principal += sign * part.ArrearsPrincipal;
            lateFees += sign * part.LateFees;
            prepaid += sign * part.Prepaid;
            promisesOpen += sign * part.PromisesOpen;
            promisesKept += sign * part.PromisesKept;
            promisesBroken += sign * part.PromisesBroken;
            contactsThisWeek += sign * part.ContactsThisWeek;
            visits += sign * part.VisitsThisMonth;
            visitsFlagged += sign * part.VisitsFlagged;
            visitsCheating += sign * part.VisitsCheating;
            ordersOpen += sign * part.ServiceOrdersOpen;
            ordersOverdue += sign * part.ServiceOrdersOverdue;
            AddInto(byAge, part.ArrearsByAge, sign);
            AddInto(byGrade, part.HouseholdsByGrade, sign);
            AddInto(byContact, part.HouseholdsByContactClass, sign);
            AddInto(byLevel, part.WarningsByLevel, sign);
        }
        return new Totals
        {
            Households = households, HouseholdsInArrears = inArrears, VacantHouseholds = vacant,
            ReceivablePeriod = receivablePeriod, CollectedPeriod = collectedPeriod, ReceivableYear = receivableYear, CollectedYear = collectedYear,
            OpeningArrears = opening, Recovered = recovered, ArrearsPrincipal = principal, LateFees = lateFees, Prepaid = prepaid,
            ArrearsByAge = byAge, HouseholdsByGrade = byGrade, HouseholdsByContactClass = byContact,
            PromisesOpen = promisesOpen, PromisesKept = promisesKept, PromisesBroken = promisesBroken, ContactsThisWeek = contactsThisWeek,
            VisitsThisMonth = visits, VisitsFlagged = visitsFlagged, VisitsCheating = visitsCheating,
            ServiceOrdersOpen = ordersOpen, ServiceOrdersOverdue = ordersOverdue, WarningsByLevel = byLevel,
        };
    }

    public bool SameAs(Totals other) =>
        this with { ArrearsByAge = [], HouseholdsByGrade = [], HouseholdsByContactClass = [], WarningsByLevel = [] }
            == other with { ArrearsByAge = [], HouseholdsByGrade = [], HouseholdsByContactClass = [], WarningsByLevel = [] }
        && ArrearsByAge.SequenceEqual(other.ArrearsByAge)
        && HouseholdsByGrade.SequenceEqual(other.HouseholdsByGrade)
        && HouseholdsByContactClass.SequenceEqual(other.HouseholdsByContactClass)
        && WarningsByLevel.SequenceEqual(other.WarningsByLevel);

    /// <summary>A rate with exactly six decimal places, zero included, so every rate reads alike ("0.000000", "0.858000").</summary>
    private static decimal Rate(decimal part, decimal whole) =>
        (whole == 0 ? 0m : Math.Round(part / whole, 6, MidpointRounding.AwayFromZero)) + 0.000000m;

    private static void AddInto<T>(T[] sum, T[] part, int sign) where T : System.Numerics.INumber<T>
    {
        var factor = T.CreateChecked(sign);
        for (var i = 0; i < Math.Min(sum.Length, part.Length); i++)
        {
            sum[i] += factor * part[i];
        }
    }
}
