namespace CollectionGrains.Collection.Cases;

/// <summary>
/// A promise as a case stores it: what the household had paid in all when it promised (the amount paid since counts
/// towards the promise), and whether a later promise replaced it before it was decided.
/// </summary>
internal sealed class PromiseRecord
{
    public required string ContactId { get; init; }

    public DateOnly Date { get; init; }

    public decimal Amount { get; init; }

    public DateTimeOffset MadeAt { get; init; }

    public required string Collector { get; init; }

    public decimal PaidBaseline { get; init; }

    public decimal PaidTowards { get; set; }

    public PromiseState State { get; set; }

    public DateOnly? DecidedOn { get; set; }

    /// <summary>A later promise replaced this one while it was open: it counts neither as kept nor as broken.</summary>
    public bool Superseded { get; set; }

    public bool IsOpen => State == PromiseState.Open && !Superseded;

    public Promise View() => new(ContactId, Date, Amount, State, MadeAt, Collector, PaidTowards, DecidedOn);
}
