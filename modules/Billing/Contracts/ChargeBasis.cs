namespace CollectionGrains.Billing;

/// <summary>How a charge item's amount is computed.</summary>
public enum ChargeBasis
{
    /// <summary>Unit price per m² of the unit's area per month (物业费).</summary>
    PerSquareMetre,

    /// <summary>A fixed amount per billing cycle (parking space, management fee).</summary>
    Fixed,

    /// <summary>Consumption between two meter readings × unit price (water, electricity).</summary>
    Metered,
}
