namespace CollectionGrains.Collection;

/// <summary>The two arms of a champion–challenger experiment: the script in use and the one tried against it.</summary>
public enum ExperimentArm
{
    Champion,
    Challenger,
}
