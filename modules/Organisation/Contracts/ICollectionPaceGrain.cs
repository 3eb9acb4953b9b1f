namespace CollectionGrains.Organisation;

/// <summary>A group's collection pace from its own history (key: group id); the Billing module reads it from its tables, once a day.</summary>
public interface ICollectionPaceGrain : IGrainWithStringKey
{
    Task<CollectionPace> GetAsync(DateOnly day);
}
