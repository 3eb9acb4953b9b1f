namespace CollectionGrains.Organisation;

/// <summary>The groups (roots of the organisation tree) of the installation; one grain, key <see cref="Key"/>.</summary>
public interface IOrgDirectoryGrain : IGrainWithStringKey
{
    const string Key = "groups";

    Task AddGroupAsync(string groupId);

    Task<IReadOnlyList<string>> GetGroupsAsync();
}
