namespace CollectionGrains.Collection;

/// <summary>
/// Opens in bulk the collection cases of households that have none yet (an import's opening arrears, decision 0021):
/// the case rules on a new state, stored with its rows in the Collection tables, the project and collectors told in one
/// call each. Any key (a stateless worker).
/// </summary>
public interface ICaseOpeningGrain : IGrainWithIntegerKey
{
    /// <summary>Opens the cases of these households' signals; returns the signals left to the cases' own grains (those that have a state).</summary>
    Task<IReadOnlyList<ArrearsSignal>> OpenAsync(IReadOnlyList<ArrearsSignal> signals);
}
