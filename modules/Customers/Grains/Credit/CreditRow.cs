using Microsoft.ML.Data;

namespace CollectionGrains.Customers.Credit;

/// <summary>One household at one cut, as ML.NET reads it.</summary>
internal sealed class CreditRow
{
    [VectorType(CreditFeatures.Count)]
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}
