namespace CollectionGrains.Analytics.Experiments;

/// <summary>
/// The statistics of two conversion rates: Wilson's 95% interval for one, and for two the difference with its Wald
/// interval and the two-sided p-value of the pooled two-proportion z-test. Doubles: these are estimates, not money.
/// </summary>
internal static class Proportions
{
    public const double Z95 = 1.959963984540054;

    public static (double Low, double High) Wilson(int converted, int n)
    {
        var p = (double)converted / n;
        var z2 = Z95 * Z95;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z95 * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Second rate less the first, its interval, and the p-value (1 when both rates are 0 or both 1).</summary>
    public static (double Difference, double Low, double High, double PValue) Compare(int converted1, int n1, int converted2, int n2)
    {
        var (p1, p2) = ((double)converted1 / n1, (double)converted2 / n2);
        var difference = p2 - p1;
        var half = Z95 * Math.Sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        var pooled = (double)(converted1 + converted2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        var p = se == 0 ? 1 : 2 * UpperTail(Math.Abs(difference) / se);
        return (difference, difference - half, difference + half, p);
    }

    /// <summary>P(Z &gt; z) for a standard normal Z: erfc by Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7).</summary>
    public static double UpperTail(double z)
    {
        var x = z / Math.Sqrt(2);
        var t = 1 / (1 + 0.3275911 * Math.Abs(x));
        var erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.Exp(-x * x);
        return x >= 0 ? erfc / 2 : 1 - erfc / 2;
    }
}
