namespace CollectionGrains.Collection;

/// <summary>
/// A project's warning rules (预警规则): how many days an open task may go without a contact — before its first
/// classed contact, and for each class A–E — how many days class C may go without a visit, and after how many days an
/// unhandled warning climbs a level (collector → supervisor → project manager → branch).
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.WarningRules")]
public sealed record WarningRules(
    [property: Id(0)] int NoContactDaysFirstRound = 7,
    [property: Id(1)] int NoContactDaysA = 10,
    [property: Id(2)] int NoContactDaysB = 3,
    [property: Id(3)] int NoContactDaysC = 5,
    [property: Id(4)] int NoContactDaysD = 3,
    [property: Id(5)] int NoContactDaysE = 5,
    [property: Id(6)] int VisitDaysC = 7,
    [property: Id(7)] int ClimbAfterDays = 3)
{
    public static WarningRules Standard { get; } = new();

    public int NoContactDays(ContactClass? @class) => @class switch
    {
        ContactClass.A_Promised => NoContactDaysA,
        ContactClass.B_Undecided => NoContactDaysB,
        ContactClass.C_Unreachable => NoContactDaysC,
        ContactClass.D_Away => NoContactDaysD,
        ContactClass.E_Refusing => NoContactDaysE,
        _ => NoContactDaysFirstRound,
    };

    /// <summary>What is wrong with these rules, or null.</summary>
    public string? Validate() =>
        new[] { NoContactDaysFirstRound, NoContactDaysA, NoContactDaysB, NoContactDaysC, NoContactDaysD, NoContactDaysE, VisitDaysC }.Any(d => d is < 1 or > 90)
            ? "days without a contact or a visit must be 1 to 90"
            : ClimbAfterDays is < 1 or > 30 ? "a warning climbs after 1 to 30 days" : null;
}
