namespace CollectionGrains.Outreach;

/// <summary>
/// Lists across the households in arrears below a node (stateless, any silo), walking the node's arrears list: the
/// legal steps taken (the general manager's list of large debtors is those reported), and the claims expiring soon.
/// At most <see cref="MaxHouseholds"/> households are looked at, largest debts first.
/// </summary>
public interface IOutreachListsGrain : IGrainWithIntegerKey
{
    const int MaxHouseholds = 20_000;

    [ResponseTimeout("00:02:00")]
    Task<IReadOnlyList<LegalStepRequest>> LegalStepsAsync(string nodeId, LegalStep? step, LegalStepStatus? status, int first);

    [ResponseTimeout("00:02:00")]
    Task<IReadOnlyList<LimitationEntry>> ExpiringAsync(string nodeId, int withinDays, int first);
}
