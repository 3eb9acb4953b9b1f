namespace CollectionGrains.Customers.Credit;

/// <summary>
/// How well scores rank outcomes: AUC (the chance a random positive scores above a random negative, ties counted half),
/// KS (the largest gap between the positives' and negatives' cumulative shares over all thresholds) and the lift of the
/// top decile (its positive rate over the overall rate; ties at the cut are shared pro rata).
/// </summary>
internal static class ModelEvaluation
{
    public static double Auc(IReadOnlyList<(double Score, bool Label)> rows)
    {
        var positives = rows.Count(r => r.Label);
        var negatives = rows.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }
        double rankSum = 0;
        var sorted = rows.OrderBy(r => r.Score).ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var (j, tiedPositives) = (i, 0);
            for (; j < sorted.Count && sorted[j].Score == sorted[i].Score; j++)
            {
                tiedPositives += sorted[j].Label ? 1 : 0;
            }
            rankSum += (i + 1 + j) / 2.0 * tiedPositives;
            i = j;
        }
        return (rankSum - (double)positives * (positives + 1) / 2) / ((double)positives * negatives);
    }

    public static double Ks(IReadOnlyList<(double Score, bool Label)> rows)
    {
        var positives = rows.Count(r => r.Label);
        var negatives = rows.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }
        double best = 0, truePositives = 0, falsePositives = 0;
        foreach (var group in rows.GroupBy(r => r.Score).OrderByDescending(g => g.Key))
        {
            truePositives += group.Count(r => r.Label);
            falsePositives += group.Count(r => !r.Label);
            best = Math.Max(best, Math.Abs(truePositives / positives - falsePositives / negatives));
        }
        return best;
    }

    public static double TopDecileLift(IReadOnlyList<(double Score, bool Label)> rows)
    {
        var positives = rows.Count(r => r.Label);
        if (positives == 0)
        {
            return double.NaN;
        }
        var take = rows.Count / 10.0;
        double taken = 0, caught = 0;
        foreach (var group in rows.GroupBy(r => r.Score).OrderByDescending(g => g.Key))
        {
            var share = Math.Min(1, (take - taken) / group.Count());
            if (share <= 0)
            {
                break;
            }
            taken += share * group.Count();
            caught += share * group.Count(r => r.Label);
        }
        return caught / taken / ((double)positives / rows.Count);
    }
}
