namespace CollectionGrains.Outreach;

public enum LegalStepStatus
{
    Requested,
    Approved,
    Rejected,
    Done,
}
