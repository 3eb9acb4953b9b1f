namespace CollectionGrains.Kernel;

/// <summary>
/// Splits an amount in proportion to weights, to the cent, so that the shares add up to the amount exactly: each share
/// is rounded down to the cent and the cents left over go one each to the largest remainders (ties to the earlier
/// weight). Weights that are all zero split evenly.
/// </summary>
public static class MoneySplit
{
    public static decimal[] InProportion(decimal amount, IReadOnlyList<decimal> weights)
    {
        if (weights.Count == 0)
        {
            return [];
        }
        if (weights.Any(w => w < 0))
        {
            throw new ArgumentException("weights must not be negative", nameof(weights));
        }
        var total = weights.Sum();
        var even = total == 0;
        var cents = (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
        var exact = weights.Select(w => even ? (decimal)cents / weights.Count : cents * (w / total)).ToArray();
        var shares = exact.Select(e => (long)Math.Floor(e)).ToArray();
        var left = cents - shares.Sum();
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - shares[i]).ThenBy(i => i).Take((int)Math.Abs(left)))
        {
            shares[i] += Math.Sign(left);
        }
        return [.. shares.Select(s => s / 100m)];
    }
}
