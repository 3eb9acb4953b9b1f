namespace CollectionGrains.Collection;

/// <summary>What changed a household's arrears (it decides how a task closes: a waiver closes it as waived).</summary>
public enum ArrearsCause
{
    Registration,
    Bill,
    Payment,
    Reversal,
    Waiver,
    Day,
}
