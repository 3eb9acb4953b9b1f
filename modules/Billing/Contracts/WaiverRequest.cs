namespace CollectionGrains.Billing;

/// <summary>
/// A waiver with its reason, asked for by <see cref="Approver"/> (the signed-in user: within the project's limit they
/// approve it themselves). <see cref="Amount"/> null waives all that is due of that kind.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.WaiverRequest")]
public sealed record WaiverRequest(
    [property: Id(0)] string WaiverId,
    [property: Id(1)] string BillId,
    [property: Id(2)] WaiverKind Kind,
    [property: Id(3)] decimal? Amount,
    [property: Id(4)] DateOnly On,
    [property: Id(5)] string Reason,
    [property: Id(6)] string Approver);
