namespace CollectionGrains.Kernel;

/// <summary>Money is <see cref="decimal"/> yuan, kept to the cent; these are the rules every module shares.</summary>
public static class Money
{
    /// <summary>Rounds half-up (away from zero) to the cent, as bills and late fees are rounded.</summary>
    public static decimal ToCents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>As Chinese offices write an amount: ¥1,234.50.</summary>
    public static string Yuan(decimal amount) => "¥" + amount.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when the amount has no more than two decimal places.</summary>
    public static bool IsWholeCents(decimal amount) => amount == Math.Round(amount, 2);

    /// <summary>A positive amount of whole cents, or an explanation of what is wrong with it.</summary>
    public static string? ValidatePositive(decimal amount, string what) => amount switch
    {
        <= 0 => $"{what} must be positive, got {amount}",
        _ when !IsWholeCents(amount) => $"{what} must be in whole cents, got {amount}",
        > 100_000_000m => $"{what} of {amount} is beyond any single household's plausible amount",
        _ => null,
    };
}
