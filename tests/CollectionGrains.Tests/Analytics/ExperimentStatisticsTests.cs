using CollectionGrains.Analytics.Experiments;
using CollectionGrains.Collection;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// Champion–challenger: the assignment (stable, half and half, independent between experiments) and the statistics,
/// against textbook values and by simulation.
/// </summary>
public sealed class ExperimentStatisticsTests
{
    private static readonly string[] Households = [.. Enumerable.Range(0, 10_000).Select(i => $"p1-b{i / 100}/{i % 100}-101")];

    [Fact]
    public void Assignment_is_stable_and_close_to_half_and_half_over_ten_thousand_households()
    {
        var arms = Households.Select(h => ExperimentArms.Of("p1/x1", h)).ToList();
        Assert.Equal(arms, Households.Select(h => ExperimentArms.Of("p1/x1", h)));
        // Binomial(10,000, ½): standard deviation 50; 4 of them either side.
        Assert.InRange(arms.Count(a => a == ExperimentArm.Challenger), 4_800, 5_200);
        // A second experiment splits the same households independently: it agrees with the first about half the time.
        Assert.InRange(Households.Zip(arms).Count(x => ExperimentArms.Of("p1/x2", x.First) == x.Second), 4_800, 5_200);
    }

    [Fact]
    public void Intervals_and_the_test_agree_with_hand_computed_values()
    {
        // Wilson 95% for 10 of 100: 0.0552 to 0.1744 (worked out from the formula; the usual table value).
        var (low, high) = Proportions.Wilson(10, 100);
        Assert.Equal((0.0552, 0.1744), (Math.Round(low, 4), Math.Round(high, 4)));
        // 20 of 100 against 35 of 100: pooled rate 0.275, z = 0.15 / √(0.275 · 0.725 · 0.02) = 2.3754, two-sided p = erfc(z/√2) = 0.01753;
        // Wald interval 0.15 ± 1.96 · √(0.2 · 0.8 / 100 + 0.35 · 0.65 / 100) = 0.0280 to 0.2720.
        var (difference, dLow, dHigh, p) = Proportions.Compare(20, 100, 35, 100);
        Assert.Equal((0.15, 0.0280, 0.2720, 0.0175), (Math.Round(difference, 4), Math.Round(dLow, 4), Math.Round(dHigh, 4), Math.Round(p, 4)));
        Assert.Equal(1.0, Proportions.Compare(0, 50, 0, 50).PValue);
    }

    [Fact]
    public void A_true_difference_is_found_in_most_simulations_and_no_difference_seldom()
    {
        // 2,000 decided households an arm: 20% against 26% is about 4.5 standard errors apart (power ≈ 99.9%);
        // 20% against 20% is significant by chance in about 5% of runs.
        var found = Enumerable.Range(1, 100).Count(seed => Significant(seed, 0.20, 0.26));
        var falseAlarms = Enumerable.Range(1, 100).Count(seed => Significant(seed, 0.20, 0.20));
        Assert.True(found >= 95, $"a real difference was found in {found} of 100 runs");
        Assert.True(falseAlarms <= 10, $"no difference was called significant in {falseAlarms} of 100 runs");
    }

    private static bool Significant(int seed, double champion, double challenger)
    {
        var random = new Random(seed);
        var experiment = new ScriptExperiment($"sim/x{seed}", "sim", "模拟", "a", "b", DateTimeOffset.UnixEpoch, "sim");
        var households = Enumerable.Range(0, 4_000).Select(i => $"sim-{seed}-{i}").Select(id =>
        {
            var rate = ExperimentArms.Of(experiment.ExperimentId, id) == ExperimentArm.Champion ? champion : challenger;
            return new ExperimentHousehold(id, 1, 1, 0, Decided: true, Paid: random.NextDouble() < rate);
        }).ToList();
        return ExperimentEvidence.Of(experiment, households).Significant;
    }
}
