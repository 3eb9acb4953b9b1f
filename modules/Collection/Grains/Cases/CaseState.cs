namespace CollectionGrains.Collection.Cases;

/// <summary>
/// What a household's collection case stores: where the household is and who holds it, its tasks (the last one is the
/// current one), the class of its last contact, its contacts, promises and legacy issues, the ledger's last word on what
/// it owes, what was recovered, and the outbox of facts for the Collection tables.
/// </summary>
internal sealed class CaseState
{
    // The project, building and collector ids are alike in many cases: each is held once (SharedStrings).
    public string? ProjectId { get; set => field = Shared(value); }

    public string? BuildingId { get; set => field = Shared(value); }

    public string? Collector { get; set => field = Shared(value); }

    public List<TaskRecord> Tasks { get; init; } = [];

    public ContactClass? Class { get; set; }

    public List<ContactRecord> Contacts { get; init; } = [];

    public List<PromiseRecord> Promises { get; init; } = [];

    public List<LegacyIssue> LegacyIssues { get; init; } = [];

    public ArrearsSignal? Arrears { get; set; }

    /// <summary>The household's service orders' last word: those open pause its dunning.</summary>
    public ServiceSignal? Service { get; set; }

    /// <summary>When the owner last confirmed a service order fixed, until a contact follows it up.</summary>
    public DateTimeOffset? ServiceFollowUpSince { get; set; }

    public bool Paused => Service is { Open.Count: > 0 };

    /// <summary>催收预警: the case's warnings, open and recently cleared.</summary>
    public List<Warning> Warnings { get; init; } = [];

    /// <summary>The generation of the household's door code: raised when a code is revoked (a new label printed).</summary>
    public int DoorCodeGeneration { get; set; }

    public List<Recovery> Recoveries { get; init; } = [];

    /// <summary>Counts state writes; versions the case's summary and (with the day) the figures it reports to its building.</summary>
    public long CommitCount { get; set; }

    /// <summary>Facts written with the state but not yet known to be in the Collection tables.</summary>
    public List<CaseJournalItem> PendingJournal { get; init; } = [];

    /// <summary>The building whose totals hold this case's figures (a household that moved leaves the old one).</summary>
    public string? ReportedBuildingId { get; set => field = Shared(value); }

    public TaskRecord? CurrentTask => Tasks.Count > 0 ? Tasks[^1] : null;

    public TaskRecord? OpenTask => CurrentTask is { IsOpen: true } task ? task : null;

    private static string? Shared(string? value) => value is null ? null : Kernel.SharedStrings.Of(value);
}
