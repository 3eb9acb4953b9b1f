using CollectionGrains.Kernel;

namespace CollectionGrains.Organisation.Targets;

/// <summary>
/// Targets as rules: a request checked and turned into amounts (the rate times today's receivable, to the cent); a
/// target split among children in proportion (the month's receivable for collection, the opening arrears for recovery;
/// evenly where those are all zero), the shares adding up to the cent.
/// </summary>
internal static class TargetRules
{
    public static string? Problem(TargetRequest request, Period current) => request switch
    {
        { CollectionRate: null, RecoveryAmount: null } => "give a collection rate, a recovery amount or both",
        { CollectionRate: <= 0m or > 1m } => "a collection rate is above 0 and at most 1 (e.g. 0.95 for 95%)",
        { RecoveryAmount: < 0m } => "a recovery amount cannot be negative",
        { RecoveryAmount: { } amount } when !Money.IsWholeCents(amount) => "a recovery amount is in whole cents",
        _ when request.Period < current => $"{request.Period} is over: targets are set for this month or later",
        _ => null,
    };

    public static NodeTarget FromRequest(TargetRequest request, Totals totals, DateTimeOffset at) =>
        new(request.Period, request.CollectionRate, request.CollectionRate is { } rate ? Money.ToCents(rate * totals.ReceivablePeriod) : null,
            request.CollectionRate is null ? null : totals.ReceivablePeriod, request.RecoveryAmount, TargetSource.Set, request.By, at);

    /// <summary>Each child's share of the target, in the order of the children given.</summary>
    public static List<NodeTarget> Split(NodeTarget target, IReadOnlyList<Totals> children, DateTimeOffset at)
    {
        var collection = target.CollectionAmount is { } amount ? MoneySplit.InProportion(amount, [.. children.Select(c => c.ReceivablePeriod)]) : null;
        var recovery = target.RecoveryAmount is { } recover ? MoneySplit.InProportion(recover, [.. children.Select(c => c.OpeningArrears)]) : null;
        return [.. children.Select((child, i) => NodeTarget.ShareOf(target, child, collection?[i], recovery?[i], TargetSource.Cascaded, target.By, at))];
    }

}
