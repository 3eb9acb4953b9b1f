using System.Security.Cryptography;
using System.Text;

namespace CollectionGrains.Collection.Splits;

/// <summary>
/// 平均分配: households split among staff so that counts differ by at most one and difficulty is balanced. A household's
/// difficulty weighs what it owes (against the pool's average), how old its arrears are and its class; the hardest go
/// first, each chunk of as many households as there are staff handing one to each, the hardest to whoever carries least.
/// </summary>
internal static class EvenSplit
{
    public static EvenSplitProposal Propose(string projectId, IReadOnlyList<CaseSummary> pool, IReadOnlyList<string> staff, DateOnly today)
    {
        var people = staff.Distinct(StringComparer.Ordinal).ToList();
        var average = pool.Count == 0 ? 1m : Math.Max(0.01m, pool.Average(c => c.Owed));
        var ranked = pool.Select(c => (Case: c, Difficulty: Difficulty(c, average, today)))
            .OrderByDescending(c => c.Difficulty).ThenBy(c => c.Case.HouseholdId, StringComparer.Ordinal).ToList();
        var shares = people.ToDictionary(p => p, _ => (Households: new List<string>(), Amount: 0m, Difficulty: 0m), StringComparer.Ordinal);
        foreach (var chunk in ranked.Chunk(Math.Max(1, people.Count)))
        {
            var takers = people.OrderBy(p => shares[p].Difficulty).ThenBy(p => p, StringComparer.Ordinal).ToList();
            for (var i = 0; i < chunk.Length; i++)
            {
                var share = shares[takers[i]];
                share.Households.Add(chunk[i].Case.HouseholdId);
                shares[takers[i]] = (share.Households, share.Amount + chunk[i].Case.Owed, share.Difficulty + chunk[i].Difficulty);
            }
        }
        return new EvenSplitProposal(ProposalId(pool, people), projectId,
            [.. people.Select(p => new StaffShare(p, [.. shares[p].Households.Order(StringComparer.Ordinal)], shares[p].Amount, Math.Round(shares[p].Difficulty, 2)))],
            Applied: false);
    }

    /// <summary>Amount against the pool's average, plus the arrears' age (one point per bucket) and the class (unreachable and refusing weigh most).</summary>
    public static decimal Difficulty(CaseSummary @case, decimal averageOwed, DateOnly today)
    {
        var age = @case.OldestDueDate is { } due ? today.DayNumber - due.DayNumber : 0;
        var ageWeight = age switch { <= 30 => 1m, <= 90 => 2m, <= 180 => 3m, <= 365 => 4m, _ => 5m };
        var classWeight = @case.Class switch
        {
            ContactClass.A_Promised => 0.5m,
            ContactClass.C_Unreachable => 2m,
            ContactClass.D_Away => 1.5m,
            ContactClass.E_Refusing => 3m,
            _ => 1m,
        };
        return Math.Round(@case.Owed / averageOwed, 4) + ageWeight + classWeight;
    }

    /// <summary>Names the pool (each household at its case version) and the staff a proposal was made from.</summary>
    private static string ProposalId(IEnumerable<CaseSummary> pool, IEnumerable<string> staff)
    {
        var text = string.Join(";", pool.OrderBy(c => c.HouseholdId, StringComparer.Ordinal).Select(c => $"{c.HouseholdId}@{c.Version}"))
            + "|" + string.Join(";", staff.Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
    }
}
