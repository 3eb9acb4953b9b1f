using CollectionGrains.Collection;
using CollectionGrains.Collection.Splits;
using CsCheck;

namespace CollectionGrains.Tests.Collection;

/// <summary>The even split: every household to exactly one person, counts within one, difficulty balanced, a stable proposal id.</summary>
public sealed class EvenSplitTests
{
    private static readonly DateOnly Today = new(2026, 3, 4);

    [Fact]
    public void Every_household_goes_to_one_person_counts_differ_by_at_most_one_and_difficulty_is_balanced() =>
        Gen.Select(Gen.Select(Gen.Int[1, 500_000], Gen.Int[0, 800], Gen.Int[0, 5]).Array[0, 120], Gen.Int[1, 9])
            .Sample(t =>
            {
                var (households, people) = t;
                var pool = households.Select((h, i) => Summary($"h{i}", h.Item1 / 100m, Today.AddDays(-h.Item2), h.Item3 == 5 ? null : (ContactClass)h.Item3)).ToList();
                var staff = Enumerable.Range(1, people).Select(p => $"c{p}").ToList();

                var proposal = EvenSplit.Propose("p1", pool, staff, Today);

                var assigned = proposal.Shares.SelectMany(s => s.HouseholdIds).ToList();
                Assert.Equal(pool.Select(p => p.HouseholdId).Order(), assigned.Order());
                var counts = proposal.Shares.Select(s => s.HouseholdIds.Count).ToList();
                Assert.True(counts.Max() - counts.Min() <= 1, string.Join(",", counts));
                Assert.Equal(pool.Sum(p => p.Owed), proposal.Shares.Sum(s => s.Amount));
                var average = pool.Count == 0 ? 1m : Math.Max(0.01m, pool.Average(p => p.Owed));
                var hardest = pool.Count == 0 ? 0 : pool.Max(p => EvenSplit.Difficulty(p, average, Today));
                var difficulties = proposal.Shares.Select(s => s.Difficulty).ToList();
                Assert.True(difficulties.Max() - difficulties.Min() <= hardest + 0.01m, $"spread {difficulties.Max() - difficulties.Min()} > hardest {hardest}");
                Assert.Equal(proposal.ProposalId, EvenSplit.Propose("p1", [.. pool.AsEnumerable().Reverse()], staff, Today).ProposalId);
            }, iter: 500);

    [Fact]
    public void The_proposal_id_changes_when_a_case_of_the_pool_changes()
    {
        var pool = new List<CaseSummary> { Summary("h1", 100m, Today.AddDays(-40), null), Summary("h2", 300m, Today.AddDays(-400), ContactClass.E_Refusing) };
        var before = EvenSplit.Propose("p1", pool, ["c1", "c2"], Today);
        pool[0] = pool[0] with { Version = 2 };

        Assert.NotEqual(before.ProposalId, EvenSplit.Propose("p1", pool, ["c1", "c2"], Today).ProposalId);
        Assert.Equal(["h2"], before.Shares[0].HouseholdIds);
    }

    private static CaseSummary Summary(string id, decimal owed, DateOnly oldestDue, ContactClass? contactClass) =>
        new(id, "p1", "b1", 1, null, $"{id}:1", CollectionTaskStatus.Pool, DateTimeOffset.UnixEpoch, null, owed, oldestDue, contactClass, null, 0, [], [], []);
}
