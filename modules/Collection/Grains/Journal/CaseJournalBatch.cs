using CollectionGrains.Hosting.Journal;
using Npgsql;
using NpgsqlTypes;
using static CollectionGrains.Hosting.Journal.BatchCommands;

namespace CollectionGrains.Collection.Journal;

/// <summary>
/// Rows for the Collection tables from one or many cases, written with one multi-row statement per table: contacts and
/// task events are inserted once; a case's row, its tasks and its promises are replaced by their latest state (a case's
/// row only by a newer version).
/// </summary>
internal sealed partial class CaseJournalBatch : IJournalBatch<CaseJournalBatch>
{
    public sealed record CaseRow(string HouseholdId, string ProjectId, string BuildingId, string? Collector, string? TaskId,
        string? TaskStatus, string? ContactClass, long Version, string Summary);

    public sealed record ContactRow(string HouseholdId, string ProjectId, string BuildingId, ContactRecord Contact);

    public sealed record TaskRow(string ProjectId, string BuildingId, CollectionTask Task);

    public sealed record WarningRow(string ProjectId, string BuildingId, Warning Warning);

    public sealed record PromiseRow(string HouseholdId, string ProjectId, Promise Promise, bool Superseded);

    public List<CaseRow> Cases { get; } = [];
    public List<ContactRow> Contacts { get; } = [];
    public List<TaskRow> Tasks { get; } = [];
    public List<PromiseRow> Promises { get; } = [];
    public List<ContactRow> Visits { get; } = [];
    public List<WarningRow> Warnings { get; } = [];

    public int RowCount => Cases.Count + Contacts.Count + Tasks.Count + Promises.Count + Visits.Count + Warnings.Count;

    public void Add(CaseJournalBatch other)
    {
        Cases.AddRange(other.Cases);
        Contacts.AddRange(other.Contacts);
        Tasks.AddRange(other.Tasks);
        Promises.AddRange(other.Promises);
        Visits.AddRange(other.Visits);
        Warnings.AddRange(other.Warnings);
    }

    public IEnumerable<NpgsqlBatchCommand> ToCommands()
    {
        if (Cases.Count > 0)
        {
            var latest = Cases.GroupBy(c => c.HouseholdId).Select(g => g.MaxBy(c => c.Version)!).ToList();
            yield return Command("""
                INSERT INTO collection.household_case (household_id, project_id, building_id, collector, task_id, task_status, contact_class, version, summary)
                SELECT h, p, b, c, t, s, k, v, j::jsonb FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                       $8::bigint[], $9::text[]) AS x(h, p, b, c, t, s, k, v, j)
                ON CONFLICT (household_id) DO UPDATE SET project_id = excluded.project_id, building_id = excluded.building_id,
                    collector = excluded.collector, task_id = excluded.task_id, task_status = excluded.task_status,
                    contact_class = excluded.contact_class, version = excluded.version, summary = excluded.summary, updated_at = now()
                 WHERE collection.household_case.version < excluded.version
                """, Column(latest, c => c.HouseholdId), Column(latest, c => c.ProjectId), Column(latest, c => c.BuildingId),
                Text(latest, c => c.Collector), Text(latest, c => c.TaskId), Text(latest, c => c.TaskStatus), Text(latest, c => c.ContactClass),
                Column(latest, c => c.Version), Column(latest, c => c.Summary));
        }
        foreach (var command in ContactCommands().Concat(TaskCommands()).Concat(PromiseCommands()).Concat(VisitCommands()).Concat(WarningCommands()))
        {
            yield return command;
        }
    }

    private IEnumerable<NpgsqlBatchCommand> ContactCommands()
    {
        if (Contacts.Count == 0)
        {
            yield break;
        }
        // Only a new contact that records a reason changes what the change feed's readers keep (a household's last reason).
        var rows = Contacts.Select(r => (r.HouseholdId, r.ProjectId, r.BuildingId, C: r.Contact, R: r.Contact.Request)).ToList();
        yield return ChangeFeed.Appending([Command("""
            INSERT INTO collection.contact (household_id, contact_id, project_id, building_id, task_id, collector, method, channel, script_id,
                script_version, outcome, answered, promised_date, promised_amount, reason_category, reason_text, notes, contacted_at,
                amount_owed, outside_window, caps_overridden_by, recorded_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                $10::int[], $11::text[], $12::bool[], $13::date[], $14::numeric[], $15::text[], $16::text[], $17::text[], $18::timestamptz[],
                $19::numeric[], $20::bool[], $21::text[], $22::timestamptz[])
            ON CONFLICT DO NOTHING
            RETURNING CASE WHEN reason_category IS NOT NULL THEN household_id END AS household_id
            """, Column(rows, r => r.HouseholdId), Column(rows, r => r.C.ContactId), Column(rows, r => r.ProjectId), Column(rows, r => r.BuildingId),
            Text(rows, r => r.C.TaskId), Column(rows, r => r.C.Collector), Column(rows, r => r.R.Method.ToString()), Text(rows, r => r.R.Channel),
            Text(rows, r => r.R.ScriptId), NullableColumn(rows, r => r.C.ScriptVersion, NpgsqlDbType.Integer), Column(rows, r => r.R.Outcome.ToString()),
            Column(rows, r => r.R.Answered), NullableColumn(rows, r => r.R.PromisedDate, NpgsqlDbType.Date),
            NullableColumn(rows, r => r.R.PromisedAmount, NpgsqlDbType.Numeric), Text(rows, r => r.R.Reason?.Category.ToString()),
            Text(rows, r => r.R.Reason?.Text), Text(rows, r => r.R.Notes), Column(rows, r => r.C.At.UtcDateTime), Column(rows, r => r.C.AmountOwed),
            Column(rows, r => r.C.OutsideWindow), Text(rows, r => r.C.CapsOverriddenBy), Column(rows, r => r.C.RecordedAt.UtcDateTime))]);
    }

    private IEnumerable<NpgsqlBatchCommand> TaskCommands()
    {
        if (Tasks.Count == 0)
        {
            yield break;
        }
        var latest = Tasks.GroupBy(t => t.Task.TaskId).Select(g => g.Last()).ToList();
        yield return Command("""
            INSERT INTO collection.task (task_id, household_id, project_id, building_id, status, collector, opened_at, closed_at, close_reason, close_note)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::text[], $10::text[])
            ON CONFLICT (task_id) DO UPDATE SET building_id = excluded.building_id, status = excluded.status, collector = excluded.collector,
                closed_at = excluded.closed_at, close_reason = excluded.close_reason, close_note = excluded.close_note, updated_at = now()
            """, Column(latest, t => t.Task.TaskId), Column(latest, t => t.Task.HouseholdId), Column(latest, t => t.ProjectId),
            Column(latest, t => t.BuildingId), Column(latest, t => t.Task.Status.ToString()), Text(latest, t => t.Task.Collector),
            Column(latest, t => t.Task.OpenedAt.UtcDateTime), NullableColumn(latest, t => t.Task.ClosedAt?.UtcDateTime, NpgsqlDbType.TimestampTz),
            Text(latest, t => t.Task.CloseReason?.ToString()), Text(latest, t => t.Task.CloseNote));
        var events = latest.SelectMany(t => t.Task.Events.Select((e, seq) => (t.Task.TaskId, Seq: seq, t.Task.HouseholdId, E: e))).ToList();
        yield return Command("""
            INSERT INTO collection.task_event (task_id, seq, household_id, at, actor, from_status, to_status, from_collector, to_collector, reason)
            SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
            ON CONFLICT DO NOTHING
            """, Column(events, e => e.TaskId), Column(events, e => e.Seq), Column(events, e => e.HouseholdId), Column(events, e => e.E.At.UtcDateTime),
            Column(events, e => e.E.By), Text(events, e => e.E.From?.ToString()), Column(events, e => e.E.To.ToString()),
            Text(events, e => e.E.FromCollector), Text(events, e => e.E.ToCollector), Text(events, e => e.E.Reason));
    }

    private IEnumerable<NpgsqlBatchCommand> PromiseCommands()
    {
        if (Promises.Count == 0)
        {
            yield break;
        }
        var latest = Promises.GroupBy(p => (p.HouseholdId, p.Promise.ContactId)).Select(g => g.Last()).ToList();
        yield return Command("""
            INSERT INTO collection.promise (household_id, contact_id, project_id, collector, made_at, promised_date, amount, state, decided_on, superseded)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::date[], $7::numeric[], $8::text[], $9::date[], $10::bool[])
            ON CONFLICT (household_id, contact_id) DO UPDATE SET state = excluded.state, decided_on = excluded.decided_on, superseded = excluded.superseded
            """, Column(latest, p => p.HouseholdId), Column(latest, p => p.Promise.ContactId), Column(latest, p => p.ProjectId),
            Column(latest, p => p.Promise.Collector), Column(latest, p => p.Promise.MadeAt.UtcDateTime), Dates(latest, p => p.Promise.Date),
            Column(latest, p => p.Promise.Amount), Column(latest, p => p.Promise.State.ToString()),
            NullableColumn(latest, p => p.Promise.DecidedOn, NpgsqlDbType.Date), Column(latest, p => p.Superseded));
    }

    private static NpgsqlParameter Text<TRow>(IEnumerable<TRow> rows, Func<TRow, string?> field) => NullableColumn(rows, field, NpgsqlDbType.Text);
}
