namespace CollectionGrains.Collection.Warnings;

/// <summary>
/// A cause for a warning that holds now: its kind, what it is keyed by (a task, a promise, a service order), what to
/// say and what to do, and the first day it held (a warning climbs from then, even if the system saw it later).
/// </summary>
internal sealed record WarningCondition(WarningKind Kind, string Key, string Detail, ContactMethod? SuggestedMethod, DateOnly Since)
{
    public string WarningId => $"{Kind}:{Key}";
}
