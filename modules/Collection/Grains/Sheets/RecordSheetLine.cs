namespace CollectionGrains.Collection.Sheets;

/// <summary>One household's line of the record sheet, with the first three contacts of its current task.</summary>
internal sealed record RecordSheetLine(
    string Building,
    string Room,
    string Owner,
    string Phones,
    decimal Owed,
    IReadOnlyList<(DateOnly Date, ContactClass Outcome)> FirstContacts,
    ContactClass? Class,
    Promise? Promise,
    ArrearsReason? Reason,
    string? Collector);
