namespace CollectionGrains.Customers.Credit;

/// <summary>The model's calibrated output for one row.</summary>
internal sealed class CreditPrediction
{
    public float Probability { get; set; }
}
