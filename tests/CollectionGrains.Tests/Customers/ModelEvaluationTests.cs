using CollectionGrains.Customers.Credit;

namespace CollectionGrains.Tests.Customers;

/// <summary>AUC, KS and top-decile lift against cases worked out by hand.</summary>
public sealed class ModelEvaluationTests
{
    [Fact]
    public void Auc_counts_the_pairs_a_positive_outranks_and_half_the_ties()
    {
        // Positives 0.3 and 0.9, negatives 0.5 and 0.1: of the 4 pairs, 0.3 > 0.1, 0.9 > 0.5 and 0.9 > 0.1 → 3/4.
        Assert.Equal(0.75, ModelEvaluation.Auc([(0.3, true), (0.9, true), (0.5, false), (0.1, false)]), 10);
        Assert.Equal(0.5, ModelEvaluation.Auc([(0.5, true), (0.5, false)]), 10);
        // Positive 0.5 ties one negative and beats the other: (0.5 + 1) / 2.
        Assert.Equal(0.75, ModelEvaluation.Auc([(0.5, true), (0.5, false), (0.2, false)]), 10);
        Assert.True(double.IsNaN(ModelEvaluation.Auc([(0.5, true)])));
        // A million households' holdout: 70,000 positives all above 10 negatives is still exactly 1 (no overflow on the way).
        Assert.Equal(1.0, ModelEvaluation.Auc([.. Enumerable.Repeat((1.0, true), 70_000), .. Enumerable.Repeat((0.0, false), 10)]), 10);
    }

    [Fact]
    public void Ks_is_the_largest_gap_between_the_cumulative_shares()
    {
        // From the top: 0.9 (P) → TPR 1/2, FPR 0; 0.5 (N) → 1/2, 1/2; 0.3 (P) → 1, 1/2; 0.1 (N) → 1, 1. Largest gap 1/2.
        Assert.Equal(0.5, ModelEvaluation.Ks([(0.3, true), (0.9, true), (0.5, false), (0.1, false)]), 10);
    }

    [Fact]
    public void Lift_of_the_top_decile_is_its_positive_rate_over_the_whole()
    {
        // 20 rows, 4 positives (rate 0.2); the top 2 rows are one positive and one negative → 0.5 / 0.2 = 2.5.
        var rows = Enumerable.Range(0, 20).Select(i => ((double)(20 - i), i is 0 or 5 or 6 or 7)).ToList();
        Assert.Equal(2.5, ModelEvaluation.TopDecileLift(rows), 10);
        // Ties at the cut share it: all 20 scored alike → the top decile has the overall rate.
        Assert.Equal(1.0, ModelEvaluation.TopDecileLift([.. rows.Select(r => (1.0, r.Item2))]), 10);
    }
}
