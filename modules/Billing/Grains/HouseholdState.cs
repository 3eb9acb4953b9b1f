using CollectionGrains.Billing.Journal;
using CollectionGrains.Billing.Ledger;

namespace CollectionGrains.Billing;

/// <summary>What a household grain stores: its profile, its ledger, its meter readings and its journal outbox.</summary>
internal sealed class HouseholdState
{
    public HouseholdProfile? Profile { get; set; }

    public LedgerState Ledger { get; init; } = new();

    /// <summary>Waivers above the project's limit, waiting for a second person's approval (Approver: who asked).</summary>
    public List<WaiverRequest> PendingWaivers { get; init; } = [];

    public List<MeterReading> MeterReadings { get; init; } = [];

    /// <summary>Facts written with the state but not yet known to be in the Billing tables.</summary>
    public List<JournalItem> PendingJournal { get; init; } = [];

    /// <summary>Counts state writes; with the day it versions the totals this household reports to its building.</summary>
    public long CommitCount { get; set; }

    /// <summary>
    /// Written by an import and not yet by the grain (decision 0021): an activation may hold an older copy, so it reads
    /// the state again before each call until its own first commit.
    /// </summary>
    public bool WrittenByImport { get; set; }

    /// <summary>A building this household left, which must stop counting it.</summary>
    public string? DepartedBuildingId { get; set; }

    /// <summary>The last position the household's collection case acknowledged (saved with the next commit).</summary>
    public Collection.ArrearsSignal? CaseSignalled { get; set; }

    /// <summary>What the collection case last told of the household's contacts and complaints, for its grade and credit.</summary>
    public Customers.ContactFacts? Contacts { get; set; }

    /// <summary>A supervisor's grade in place of the automatic one.</summary>
    public Customers.GradeOverride? GradeOverride { get; set; }

    /// <summary>A profile as the state keeps it: with lists of its own, not the caller's.</summary>
    public static HouseholdProfile Kept(HouseholdProfile profile) =>
        profile with { Phones = [.. profile.Phones], OptedOutItems = [.. profile.OptedOutItems] };
}
