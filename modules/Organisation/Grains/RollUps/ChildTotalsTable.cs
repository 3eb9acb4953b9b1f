using System.Text.Json.Serialization;

namespace CollectionGrains.Organisation.RollUps;

/// <summary>
/// The latest whole totals of each child of a node, and their sum. A report older than or equal to what is held
/// (or to the version at which the child left) changes nothing, so repeated, reordered or replayed reports converge
/// to the exact sum. The sum is computed once (after loading) and then kept by replacing a child's old figures with its
/// new ones: a building publishes ten times a second under load and would otherwise add up all its households each time.
/// </summary>
internal sealed class ChildTotalsTable
{
    [JsonConverter(typeof(CompactTotalsConverter))]
    public Dictionary<string, VersionedTotals> Latest { get; init; } = [];

    /// <summary>Children that left, with the version they left at.</summary>
    public Dictionary<string, long> Departed { get; init; } = [];

    private Totals? _sum;

    /// <summary>True when the report changed what the node holds.</summary>
    public bool Apply(string childId, VersionedTotals report)
    {
        if (Departed.TryGetValue(childId, out var leftAt))
        {
            if (report.Version <= leftAt)
            {
                return false;
            }
            Departed.Remove(childId);
        }
        if (Latest.TryGetValue(childId, out var held) && held.Version >= report.Version)
        {
            // The same figures again (a child's activation reports what this node read from storage): hold the child's
            // instance, so a household and its building in one silo share one copy of its figures instead of two.
            if (held.Version == report.Version && !ReferenceEquals(held.Totals, report.Totals) && held.Totals.SameAs(report.Totals))
            {
                Latest[childId] = held with { Totals = report.Totals };
            }
            return false;
        }
        Latest[childId] = report;
        if (_sum is not null)
        {
            _sum = _sum.Replacing(held?.Totals ?? Totals.Zero, report.Totals);
        }
        return true;
    }

    /// <summary>
    /// Why <see cref="Apply"/> did not take a report: the version held (or the child left at) that is later, or as late
    /// with other figures; 0 when the report is the one held (a resend).
    /// </summary>
    public long VersionOutranking(string childId, VersionedTotals report)
    {
        if (Departed.TryGetValue(childId, out var leftAt) && leftAt >= report.Version)
        {
            return leftAt;
        }
        return Latest.TryGetValue(childId, out var held)
               && (held.Version > report.Version || (held.Version == report.Version && !held.Totals.SameAs(report.Totals)))
            ? held.Version
            : 0;
    }

    /// <summary>True when the child was counted here and no longer is.</summary>
    public bool Remove(string childId, long version)
    {
        if (Departed.TryGetValue(childId, out var leftAt) && leftAt >= version)
        {
            return false;
        }
        if (Latest.TryGetValue(childId, out var held) && held.Version > version)
        {
            return false;
        }
        Departed[childId] = version;
        if (!Latest.Remove(childId, out var removed))
        {
            return false;
        }
        if (_sum is not null)
        {
            _sum = _sum.Replacing(removed.Totals, Totals.Zero);
        }
        return true;
    }

    public Totals Sum() => _sum ??= Totals.Sum(Latest.Values.Select(v => v.Totals));
}
