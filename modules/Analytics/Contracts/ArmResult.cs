namespace CollectionGrains.Analytics;

/// <summary>
/// One arm of a champion–challenger experiment: the households of the arm contacted with either script while it ran,
/// their contacts (and how many used the arm's own script), those whose 7 days after the first such contact are over
/// (decided) and how many of them paid in those 7 days (converted), with the conversion rate and its 95% Wilson interval;
/// <paramref name="PaidSoFar"/> counts payments within 7 days of all of them, decided or not.
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.ArmResult")]
public sealed record ArmResult(
    [property: Id(0)] Collection.ExperimentArm Arm,
    [property: Id(1)] string ScriptId,
    [property: Id(2)] int Households,
    [property: Id(3)] int Contacts,
    [property: Id(4)] int ContactsWithArmScript,
    [property: Id(5)] int Decided,
    [property: Id(6)] int Converted,
    [property: Id(7)] int PaidSoFar,
    [property: Id(8)] decimal? ConversionRate,
    [property: Id(9)] decimal? Low,
    [property: Id(10)] decimal? High);
