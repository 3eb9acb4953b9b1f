namespace CollectionGrains.Organisation;

/// <summary>Keeps the ids of all groups, so clients can start from the roots of the tree.</summary>
internal sealed class OrgDirectoryGrain(
    [PersistentState("orgDirectory")] IPersistentState<SortedSet<string>> groups) : Grain, IOrgDirectoryGrain
{
    public async Task AddGroupAsync(string groupId)
    {
        if (groups.State.Add(groupId))
        {
            await groups.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetGroupsAsync() => Task.FromResult<IReadOnlyList<string>>([.. groups.State]);
}
