namespace CollectionGrains.Collection.Warnings;

/// <summary>A cause for a warning that holds now: its kind, what it is keyed by (a task, a promise, a service order), what to say and what to do.</summary>
internal sealed record WarningCondition(WarningKind Kind, string Key, string Detail, ContactMethod? SuggestedMethod)
{
    public string WarningId => $"{Kind}:{Key}";
}
