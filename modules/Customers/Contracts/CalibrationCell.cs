namespace CollectionGrains.Customers;

/// <summary>
/// One cell of a model's calibration on its holdout, for one building of a project: the held-out households in a probability band
/// (<paramref name="Band"/> 0–4: below 10%, 10–30%, 30–50%, 50–70%, 70% and over; -1 for a tag cell) or carrying a
/// credit tag at the holdout cut, the sum of the probabilities in use for them, and how many were then in arrears by
/// the label's rule (a bill due in the next 61 days still unpaid 91 days after the cut).
/// </summary>
[GenerateSerializer, Immutable, Alias("customers.CalibrationCell")]
public sealed record CalibrationCell(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] int Band,
    [property: Id(2)] CreditTag? Tag,
    [property: Id(3)] int Households,
    [property: Id(4)] decimal PredictedSum,
    [property: Id(5)] int InArrears,
    [property: Id(6)] string BuildingId = "")
{
    public static readonly decimal[] BandEdges = [0m, 0.1m, 0.3m, 0.5m, 0.7m, 1m];

    public static int BandOf(decimal probability) => Math.Clamp(Array.FindLastIndex(BandEdges, edge => probability >= edge), 0, BandEdges.Length - 2);
}
