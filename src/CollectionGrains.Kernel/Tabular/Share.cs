namespace CollectionGrains.Kernel.Tabular;

/// <summary>A share from 0 to 1 (a rate) for a sheet: written as the number, shown as a percentage.</summary>
public readonly record struct Share(decimal Value);
