using CollectionGrains.Collection.Scripts;

namespace CollectionGrains.Collection;

/// <summary>The project's champion–challenger experiments (话术 A/B), kept in its stored state.</summary>
internal sealed partial class CollectionProjectGrain
{
    public async Task<ScriptExperiment> StartExperimentAsync(NewScriptExperiment experiment, CollectionActor actor)
    {
        RequireSupervisor(actor);
        await RequireProjectAsync();
        var scripts = await GrainFactory.GetGrain<IScriptLibraryGrain>(await GetGroupIdAsync()).GetAllAsync();
        var started = ExperimentRules.Start(experiment, state.State.Experiments, scripts, $"{ProjectId}/x{state.State.Experiments.Count + 1}", ProjectId, actor, clock.Now);
        state.State.Experiments.Add(started);
        await state.WriteStateAsync();
        await TellCollectorsAsync();
        return started;
    }

    public async Task<ScriptExperiment> StopExperimentAsync(string experimentId, CollectionActor actor)
    {
        RequireSupervisor(actor);
        var index = state.State.Experiments.FindIndex(e => e.ExperimentId == experimentId);
        if (index < 0)
        {
            throw CollectionRejectedException.NotFound($"no experiment {experimentId} in project {ProjectId}");
        }
        if (state.State.Experiments[index].IsRunning)
        {
            state.State.Experiments[index] = state.State.Experiments[index] with { StoppedAt = clock.Now, StoppedBy = actor.Username };
            await state.WriteStateAsync();
            await TellCollectorsAsync();
        }
        return state.State.Experiments[index];
    }

    /// <summary>Collectors keep the setup a minute; after a change they read it again at once.</summary>
    private Task TellCollectorsAsync() =>
        Task.WhenAll(state.State.Roster.Keys.Select(username => GrainFactory.GetGrain<ICollectorGrain>(username).SetupChangedAsync()));

    public Task<IReadOnlyList<ScriptExperiment>> GetExperimentsAsync() =>
        Task.FromResult<IReadOnlyList<ScriptExperiment>>([.. Enumerable.Reverse(state.State.Experiments)]);
}
