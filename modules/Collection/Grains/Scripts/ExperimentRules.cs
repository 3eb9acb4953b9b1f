using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Scripts;

/// <summary>
/// What makes a champion–challenger experiment valid: a name; two different scripts of the group's library for the same
/// situation (method, class, grade), so that one could stand in for the other; neither already in a running experiment
/// of the project, so a household is in one arm of one experiment for a situation.
/// </summary>
internal static class ExperimentRules
{
    public const int MaxName = 100;

    public static ScriptExperiment Start(NewScriptExperiment request, IReadOnlyList<ScriptExperiment> existing, IReadOnlyList<CollectionScript> scripts,
        string experimentId, string projectId, CollectionActor actor, DateTimeOffset now)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxName)
        {
            throw CollectionRejectedException.BadInput($"an experiment needs a name of 1 to {MaxName} characters");
        }
        if (request.ChampionScriptId == request.ChallengerScriptId)
        {
            throw CollectionRejectedException.BadInput("the champion and the challenger must be two different scripts");
        }
        var champion = Latest(scripts, request.ChampionScriptId);
        var challenger = Latest(scripts, request.ChallengerScriptId);
        if ((champion.Method, champion.Class, champion.Grade) != (challenger.Method, challenger.Class, challenger.Grade))
        {
            throw CollectionRejectedException.BadInput(
                $"{champion.ScriptId} and {challenger.ScriptId} are for different situations (method, class, grade): an experiment compares two scripts for one");
        }
        if (existing.FirstOrDefault(e => e.IsRunning && new[] { e.ChampionScriptId, e.ChallengerScriptId }.Intersect([champion.ScriptId, challenger.ScriptId]).Any()) is { } running)
        {
            throw CollectionRejectedException.Conflict($"experiment “{running.Name}” is running with one of these scripts; stop it first");
        }
        return new ScriptExperiment(experimentId, projectId, name, champion.ScriptId, challenger.ScriptId, now, actor.Username);
    }

    /// <summary>The script a case is to hear: the best match for its situation, or its arm's script when that match is a running experiment's champion.</summary>
    public static string? Suggest(string? bestMatch, string householdId, IReadOnlyList<ScriptExperiment> experiments) =>
        experiments.FirstOrDefault(e => e.IsRunning && e.ChampionScriptId == bestMatch) is { } experiment ? experiment.ScriptFor(householdId) : bestMatch;

    private static ScriptDraft Latest(IReadOnlyList<CollectionScript> scripts, string scriptId) =>
        scripts.Where(s => s.ScriptId == scriptId).MaxBy(s => s.Version)?.Draft
            ?? throw CollectionRejectedException.NotFound($"no script {scriptId} in the group's library");
}
