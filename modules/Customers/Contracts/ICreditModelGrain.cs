namespace CollectionGrains.Customers;

/// <summary>A group's re-default model (key: group id): trained from the group's own history monthly and on demand, versioned in PostgreSQL.</summary>
public interface ICreditModelGrain : IGrainWithStringKey
{
    /// <summary>Trains a new version from the group's history now and stores it; refused when the history is too short.</summary>
    [ResponseTimeout("00:10:00")]   // a group of 1,000,000 households trains in about two minutes (tests/bench.sh credit)
    Task<CreditModelReport> TrainAsync();

    /// <summary>The latest version's report, or null before any was trained.</summary>
    Task<CreditModelReport?> GetAsync();
}
