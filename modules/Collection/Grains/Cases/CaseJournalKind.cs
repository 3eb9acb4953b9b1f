namespace CollectionGrains.Collection.Cases;

/// <summary>Which Collection table a <see cref="CaseJournalItem"/> goes to.</summary>
internal enum CaseJournalKind
{
    /// <summary>The case's row in collection.household_case (its summary).</summary>
    Case,
    Contact,
    Task,
    Promise,

    /// <summary>A visit's row in collection.visit (its checks and review).</summary>
    Visit,

    /// <summary>A warning's row in collection.warning.</summary>
    Warning,
}
