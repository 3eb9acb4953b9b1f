using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace CollectionGrains.Customers.Credit;

/// <summary>
/// Trains the re-default model on a group's history with a time-based holdout: the holdout cut is the last month start
/// whose three-month outcome is known today; training rows are the other households at up to twelve earlier month
/// starts whose outcomes were known before that cut; the holdout is one household in five (by a stable hash of its id)
/// at the cut. Gradient-boosted trees (ML.NET FastTree), seeded so the same history gives the same model.
/// </summary>
internal static class CreditTraining
{
    private const int TrainingCuts = 12;

    /// <summary>Trains and evaluates; <paramref name="placeOf"/> names each household's project and building for the calibration cells (none without it).</summary>
    public static TrainedCreditModel Train(IReadOnlyList<(string HouseholdId, CustomerFacts Facts)> history, DateOnly today, int? shuffleLabelsWithSeed = null,
        Func<string, (string Project, string Building)>? placeOf = null)
    {
        var watch = Stopwatch.StartNew();
        var holdoutCut = MonthStart(today.AddDays(-CreditLabel.HorizonDays));
        var start = history.SelectMany(h => h.Facts.Bills).Select(b => b.DueDate).DefaultIfEmpty(today).Min();
        var cuts = Enumerable.Range(1, TrainingCuts).Select(k => holdoutCut.AddMonths(-k))
            .Where(c => c.AddDays(CreditLabel.HorizonDays) <= holdoutCut && c >= start.AddDays(180)).ToList();
        var (train, holdout) = (history.Where(h => !IsHoldout(h.HouseholdId)).ToList(), history.Where(h => IsHoldout(h.HouseholdId)).ToList());
        if (cuts.Count == 0 || train.Count < 50 || holdout.Count < 20)
        {
            throw new InvalidOperationException($"the history is too short to train on: {history.Count} households from {start} (needs 50 to train, 20 to hold out, and 9 months of bills)");
        }
        var rows = train.AsParallel().SelectMany(h => cuts.Select(c => Row(h.Facts, c))).ToList();
        if (shuffleLabelsWithSeed is { } seed)
        {
            var random = new Random(seed);
            var labels = rows.Select(r => r.Label).OrderBy(_ => random.Next()).ToList();
            rows = [.. rows.Select((r, i) => new CreditRow { Features = r.Features, Label = labels[i] })];
        }
        var gradeRates = Enumerable.Range(0, 4).Select(g => rows.Where(r => (int)r.Features[0] == g).ToList())
            .Select(g => g.Count == 0 ? 0m : Math.Round((decimal)g.Count(r => r.Label) / g.Count, 4)).ToList();
        var ml = new MLContext(seed: 20261202);
        var data = ml.Data.LoadFromEnumerable(rows);
        var model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfLeaves = 16, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 50, LearningRate = 0.1, NumberOfThreads = Environment.ProcessorCount,
        }).Fit(data);
        var tested = holdout.Select(h => Row(h.Facts, holdoutCut)).ToList();
        var engine = ml.Model.CreatePredictionEngine<CreditRow, CreditPrediction>(model);
        var scored = tested.Select(r => ((double)engine.Predict(r).Probability, r.Label)).ToList();
        var baseline = tested.Select(r => ((double)r.Features[0], r.Label)).ToList();
        using var bytes = new MemoryStream();
        ml.Model.Save(model, data.Schema, bytes);
        var (auc, baselineAuc) = (ModelEvaluation.Auc(scored), ModelEvaluation.Auc(baseline));
        var inUse = auc > baselineAuc;
        var calibration = placeOf is null ? null : CreditCalibration.Cells(holdout.Select((h, i) =>
            (h.HouseholdId, h.Facts, inUse ? Math.Round((decimal)scored[i].Item1, 4) : gradeRates[(int)tested[i].Features[0]], tested[i].Label)), holdoutCut, placeOf);
        var seconds = watch.Elapsed.TotalSeconds;
        return new TrainedCreditModel(bytes.ToArray(), (group, version, at) => new CreditModelReport(group, version, at, inUse,
            auc, ModelEvaluation.Ks(scored), ModelEvaluation.TopDecileLift(scored),
            baselineAuc, ModelEvaluation.Ks(baseline), ModelEvaluation.TopDecileLift(baseline),
            rows.Count, train.Count, holdout.Count, cuts.Max().AddDays(CreditLabel.HorizonDays), holdoutCut,
            tested.Count(r => r.Label) / (double)tested.Count, seconds, gradeRates, calibration));
    }

    /// <summary>One household in five is held out, the same ones every time.</summary>
    public static bool IsHoldout(string householdId) =>
        householdId.Aggregate(2166136261u, (hash, c) => unchecked((hash ^ c) * 16777619u)) % 5 == 0;

    private static CreditRow Row(CustomerFacts facts, DateOnly cut) =>
        new() { Features = CreditFeatures.Of(CreditLabel.AsOf(facts, cut), cut), Label = CreditLabel.Of(facts, cut) };

    private static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);
}
