using CollectionGrains.Collection.Cases;
using CollectionGrains.Hosting.Journal;

namespace CollectionGrains.Collection.Journal;

/// <summary>Turns a case's pending facts (its outbox) into rows for the Collection tables and hands them to the group-commit writer.</summary>
internal sealed class CaseJournal(JournalWriter<CaseJournalBatch> writer)
{
    public Task WriteAsync(string householdId, CaseState state, CaseSummary summary, IReadOnlyCollection<CaseJournalItem> items)
    {
        var rows = Rows(householdId, state, summary, items);
        return rows.RowCount == 0 ? Task.CompletedTask : writer.WriteAsync(rows);
    }

    public static CaseJournalBatch Rows(string householdId, CaseState state, CaseSummary summary, IReadOnlyCollection<CaseJournalItem> items)
    {
        var rows = new CaseJournalBatch();
        if (state.ProjectId is not { } projectId || state.BuildingId is not { } buildingId)
        {
            return rows;
        }
        foreach (var item in items.Distinct())
        {
            switch (item.Kind)
            {
                case CaseJournalKind.Case:
                    rows.Cases.Add(new(householdId, projectId, buildingId, state.Collector, summary.TaskId, summary.TaskStatus?.ToString(),
                        summary.HasOpenTask ? summary.Class?.ToString() : null, summary.Version, CaseSummaryJson.Write(summary)));
                    break;
                case CaseJournalKind.Contact when state.Contacts.Find(c => c.ContactId == item.Key) is { } contact:
                    rows.Contacts.Add(new(householdId, projectId, buildingId, contact));
                    break;
                case CaseJournalKind.Task when state.Tasks.Find(t => t.TaskId == item.Key) is { } task:
                    rows.Tasks.Add(new(projectId, buildingId, task.View(householdId, projectId)));
                    break;
                case CaseJournalKind.Visit when state.Contacts.Find(c => c.ContactId == item.Key) is { VisitCheck: not null } visit:
                    rows.Visits.Add(new(householdId, projectId, buildingId, visit));
                    break;
                case CaseJournalKind.Warning when state.Warnings.Find(w => w.WarningId == item.Key) is { } warning:
                    rows.Warnings.Add(new(projectId, buildingId, warning));
                    break;
                case CaseJournalKind.Promise when state.Promises.Find(p => p.ContactId == item.Key) is { } promise:
                    rows.Promises.Add(new(householdId, projectId, promise.View(), promise.Superseded));
                    break;
            }
        }
        return rows;
    }
}
