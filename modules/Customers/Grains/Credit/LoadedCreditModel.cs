using Microsoft.ML;

namespace CollectionGrains.Customers.Credit;

/// <summary>A model ready to score: its report and one prediction engine per thread (an engine is not thread-safe).</summary>
internal sealed class LoadedCreditModel(CreditModelReport report, MLContext ml, ITransformer model) : IDisposable
{
    private readonly ThreadLocal<PredictionEngine<CreditRow, CreditPrediction>> _engines =
        new(() => ml.Model.CreatePredictionEngine<CreditRow, CreditPrediction>(model), trackAllValues: true);

    public CreditModelReport Report { get; } = report;

    /// <summary>The model's probability when it beat the grade; otherwise the grade's rate in the training history.</summary>
    public (decimal Probability, string Source) Score(float[] features) =>
        Report.InUse
            ? (Math.Round((decimal)_engines.Value!.Predict(new CreditRow { Features = features }).Probability, 4), $"v{Report.Version}")
            : (Report.GradeRates[(int)features[0]], $"v{Report.Version} (grade rates)");

    public static LoadedCreditModel Load(CreditModelReport report, byte[] bytes)
    {
        var ml = new MLContext();
        using var stream = new MemoryStream(bytes);
        return new LoadedCreditModel(report, ml, ml.Model.Load(stream, out _));
    }

    public void Dispose()
    {
        foreach (var engine in _engines.Values)
        {
            engine.Dispose();
        }
        _engines.Dispose();
    }
}
