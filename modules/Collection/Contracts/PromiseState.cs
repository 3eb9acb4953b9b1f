namespace CollectionGrains.Collection;

/// <summary>A promise to pay: open until the promised amount is paid (kept) or the promised date passes without it (broken).</summary>
public enum PromiseState
{
    Open,
    Kept,
    Broken,
}
