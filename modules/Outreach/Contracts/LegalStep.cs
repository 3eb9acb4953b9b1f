namespace CollectionGrains.Outreach;

/// <summary>The legal ladder of the standard procedure, in its order: each step needs the one before it done.</summary>
public enum LegalStep
{
    /// <summary>律师函, with a deadline (after a 催收通知函 was issued).</summary>
    LawyerLetter,

    /// <summary>不记名公示 for one week.</summary>
    PublicNotice,

    /// <summary>报总经理: listed among the large debtors for the general manager.</summary>
    ReportToManagement,

    /// <summary>起诉: case number, court and dates recorded.</summary>
    Lawsuit,
}
