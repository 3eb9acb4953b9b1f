namespace CollectionGrains.Collection;

/// <summary>An experiment to start: its name, the script in use for a situation and the one to try against it.</summary>
[GenerateSerializer, Immutable, Alias("collection.NewScriptExperiment")]
public sealed record NewScriptExperiment(
    [property: Id(0)] string Name,
    [property: Id(1)] string ChampionScriptId,
    [property: Id(2)] string ChallengerScriptId);
