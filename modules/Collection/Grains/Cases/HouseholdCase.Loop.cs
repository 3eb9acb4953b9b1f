using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Cases;

/// <summary>Closing the loop: the service orders' news (pause, follow-up), the case's warnings, the door code.</summary>
internal sealed partial class HouseholdCase
{
    /// <summary>
    /// The service orders' news: dunning pauses while one is open; an order newly confirmed fixed by the owner asks for
    /// a follow-up contact (until one is made). An older signal than the one known changes nothing.
    /// </summary>
    public void ApplyService(ServiceSignal signal)
    {
        if (state.Service is { } known && known.Version >= signal.Version)
        {
            return;
        }
        if (signal.LastConfirmedAt is { } confirmed && confirmed > (state.Service?.LastConfirmedAt ?? DateTimeOffset.MinValue))
        {
            state.ServiceFollowUpSince = confirmed;
        }
        state.Service = signal;
        // A household never in arrears reports its open orders to its building all the same.
        state.BuildingId ??= signal.BuildingId;
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
    }

    /// <summary>
    /// Raises, climbs and clears the case's warnings against what holds today (<see cref="Warnings.WarningConditions"/>,
    /// <see cref="Warnings.WarningBook"/>); run after every change and on every new day.
    /// </summary>
    public void EvaluateWarnings(DateTimeOffset now)
    {
        var today = BusinessCalendar.DateOf(now);
        var next = state.OpenTask is null ? null : Planning.CollectionPlanner.Next(CaseViews.Summary(householdId, state, today), policy, today, now);
        var causes = Warnings.WarningConditions.Of(state, next, policy.WarningRules, today);
        var changed = Warnings.WarningBook.Apply(state.Warnings, causes, householdId, state.OpenTask?.Collector ?? state.Collector, state.OpenTask?.TaskId,
            policy.WarningRules.ClimbAfterDays, today, now);
        foreach (var id in changed)
        {
            Facts.Add(new CaseJournalItem(CaseJournalKind.Warning, id));
        }
        if (changed.Count > 0)
        {
            Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        }
    }

    /// <summary>Revokes the door code by raising its generation (a supervisor's act: a new label is printed).</summary>
    public bool RevokeDoorCode(CollectionActor actor)
    {
        if (!actor.IsSupervisor)
        {
            throw CollectionRejectedException.Forbidden("only a supervisor revokes a door code");
        }
        state.DoorCodeGeneration++;
        Facts.Add(new CaseJournalItem(CaseJournalKind.Case, householdId));
        return true;
    }
}
