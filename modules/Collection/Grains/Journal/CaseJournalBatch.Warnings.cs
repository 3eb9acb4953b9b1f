using Npgsql;
using NpgsqlTypes;
using static CollectionGrains.Hosting.Journal.BatchCommands;

namespace CollectionGrains.Collection.Journal;

/// <summary>Warnings (collection.warning): a row is replaced by the case's latest word on it (its level, its clearing).</summary>
internal sealed partial class CaseJournalBatch
{
    private IEnumerable<NpgsqlBatchCommand> WarningCommands()
    {
        var latest = Warnings.GroupBy(w => (w.Warning.HouseholdId, w.Warning.WarningId)).Select(g => g.MaxBy(w => w.Warning.ChangedAt)!).ToList();
        if (latest.Count == 0)
        {
            yield break;
        }
        yield return Command("""
            INSERT INTO collection.warning (household_id, warning_id, project_id, building_id, kind, level, detail, collector, task_id, suggested_method,
                raised_on, raised_at, changed_at, cleared_on)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                $11::date[], $12::timestamptz[], $13::timestamptz[], $14::date[])
            ON CONFLICT (household_id, warning_id) DO UPDATE SET level = excluded.level, detail = excluded.detail, collector = excluded.collector,
                changed_at = excluded.changed_at, cleared_on = excluded.cleared_on
             WHERE collection.warning.changed_at <= excluded.changed_at
            """, Column(latest, w => w.Warning.HouseholdId), Column(latest, w => w.Warning.WarningId), Column(latest, w => w.ProjectId),
            Column(latest, w => w.BuildingId), Column(latest, w => w.Warning.Kind.ToString()), Column(latest, w => w.Warning.Level.ToString()),
            Column(latest, w => w.Warning.Detail), NullableColumn(latest, w => w.Warning.Collector, NpgsqlDbType.Text),
            NullableColumn(latest, w => w.Warning.TaskId, NpgsqlDbType.Text), NullableColumn(latest, w => w.Warning.SuggestedMethod?.ToString(), NpgsqlDbType.Text),
            Dates(latest, w => w.Warning.RaisedOn), Column(latest, w => w.Warning.RaisedAt.UtcDateTime), Column(latest, w => w.Warning.ChangedAt.UtcDateTime),
            NullableColumn(latest, w => w.Warning.ClearedOn, NpgsqlDbType.Date));
    }
}
