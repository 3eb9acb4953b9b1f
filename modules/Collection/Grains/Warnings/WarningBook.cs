namespace CollectionGrains.Collection.Warnings;

/// <summary>
/// A case's warnings kept against today's causes: a new cause raises a warning (its id is the cause's, so it is never
/// raised twice), dated from the first day its cause held; one still holding climbs a level every
/// <see cref="WarningRules.ClimbAfterDays"/> days since that day (collector → supervisor → project manager → branch) — a
/// cause found late starts at the level it would have reached; one whose cause went away is cleared. The levels follow
/// from the dates alone: a restart, or an evaluation run twice, changes nothing.
/// </summary>
internal static class WarningBook
{
    /// <summary>Applies the causes; answers the ids of the warnings that changed.</summary>
    public static List<string> Apply(List<Warning> warnings, IReadOnlyList<WarningCondition> causes, string householdId, string? collector, string? taskId,
        int climbAfterDays, DateOnly today, DateTimeOffset now)
    {
        var changed = new List<string>();
        foreach (var cause in causes)
        {
            var index = warnings.FindIndex(w => w.IsOpen && Raises(cause, w));
            if (index < 0)
            {
                // A cause that went away and came back is a new warning, on a new day.
                var id = warnings.Any(w => w.WarningId == cause.WarningId) ? $"{cause.WarningId}@{today:yyyyMMdd}" : cause.WarningId;
                if (warnings.Any(w => w.WarningId == id))
                {
                    continue;
                }
                warnings.Add(new Warning(id, householdId, cause.Kind, LevelOn(cause.Since, climbAfterDays, today), cause.Detail, collector, taskId, cause.SuggestedMethod,
                    cause.Since, now, now));
                changed.Add(id);
                continue;
            }
            var warning = warnings[index];
            var level = LevelOn(warning.RaisedOn, climbAfterDays, today);
            if (level != warning.Level || warning.Detail != cause.Detail || warning.Collector != collector)
            {
                warnings[index] = warning with { Level = level, Detail = cause.Detail, Collector = collector, ChangedAt = level != warning.Level ? now : warning.ChangedAt };
                changed.Add(warning.WarningId);
            }
        }
        for (var i = 0; i < warnings.Count; i++)
        {
            if (warnings[i].IsOpen && !causes.Any(c => Raises(c, warnings[i])))
            {
                warnings[i] = warnings[i] with { ClearedOn = today, ChangedAt = now };
                changed.Add(warnings[i].WarningId);
            }
        }
        // Cleared warnings stay a while for the case's page; the table keeps them all.
        warnings.RemoveAll(w => w.ClearedOn is { } cleared && cleared < today.AddDays(-KeepClearedDays));
        return changed;
    }

    private const int KeepClearedDays = 60;

    /// <summary>The warning is this cause's: its id is the cause's, or the cause's raised again on a later day.</summary>
    private static bool Raises(WarningCondition cause, Warning warning) =>
        warning.WarningId == cause.WarningId || warning.WarningId.StartsWith(cause.WarningId + "@", StringComparison.Ordinal);

    public static WarningLevel LevelOn(DateOnly raisedOn, int climbAfterDays, DateOnly today) =>
        (WarningLevel)Math.Min((int)WarningLevel.Branch, Math.Max(0, today.DayNumber - raisedOn.DayNumber) / climbAfterDays);
}
