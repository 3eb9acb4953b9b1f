using Microsoft.ML;

namespace CollectionGrains.Customers.Credit;

/// <summary>A model ready to score: its report and a prediction engine (which is not thread-safe, hence the lock).</summary>
internal sealed class LoadedCreditModel(CreditModelReport report, PredictionEngine<CreditRow, CreditPrediction> engine)
{
    public CreditModelReport Report { get; } = report;

    /// <summary>The model's probability when it beat the grade; otherwise the grade's rate in the training history.</summary>
    public (decimal Probability, string Source) Score(float[] features)
    {
        if (!Report.InUse)
        {
            return (Report.GradeRates[(int)features[0]], $"v{Report.Version} (grade rates)");
        }
        float probability;
        lock (engine)
        {
            probability = engine.Predict(new CreditRow { Features = features }).Probability;
        }
        return (Math.Round((decimal)probability, 4), $"v{Report.Version}");
    }
}
