namespace CollectionGrains.Collection;

/// <summary>
/// 话术 A/B: a project tries a challenger script against the champion for the champion's situation (method, class,
/// grade). While it runs, the plan suggests each household the script of its arm (<see cref="ExperimentArms"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.ScriptExperiment")]
public sealed record ScriptExperiment(
    [property: Id(0)] string ExperimentId,
    [property: Id(1)] string ProjectId,
    [property: Id(2)] string Name,
    [property: Id(3)] string ChampionScriptId,
    [property: Id(4)] string ChallengerScriptId,
    [property: Id(5)] DateTimeOffset StartedAt,
    [property: Id(6)] string StartedBy,
    [property: Id(7)] DateTimeOffset? StoppedAt = null,
    [property: Id(8)] string? StoppedBy = null)
{
    public bool IsRunning => StoppedAt is null;

    public string ScriptOf(ExperimentArm arm) => arm == ExperimentArm.Champion ? ChampionScriptId : ChallengerScriptId;

    /// <summary>The script the household is to hear while the experiment runs.</summary>
    public string ScriptFor(string householdId) => ScriptOf(ExperimentArms.Of(ExperimentId, householdId));
}
