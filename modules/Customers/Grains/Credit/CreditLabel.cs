namespace CollectionGrains.Customers.Credit;

/// <summary>
/// What the model predicts, for a household at a cut day: within the next <see cref="HorizonDays"/> days it falls into
/// arrears again or stays in them — some bill due before the last <see cref="GraceDays"/> days of the horizon is still
/// unpaid at its end (so more than 30 days overdue). Needs the household's history to the end of the horizon.
/// </summary>
internal static class CreditLabel
{
    public const int HorizonDays = 91;
    public const int GraceDays = 30;

    public static bool Of(CustomerFacts facts, DateOnly cut)
    {
        var end = cut.AddDays(HorizonDays);
        return facts.Bills.Any(b => b.Principal > 0 && b.DueDate < end.AddDays(-GraceDays) && (b.SettledOn is not { } settled || settled > end));
    }

    /// <summary>The facts as they stood on a day: later contacts and complaints unknown, bills settled later still owed in full.</summary>
    public static CustomerFacts AsOf(CustomerFacts facts, DateOnly day) => facts with
    {
        Bills = [.. facts.Bills.Where(b => b.DueDate <= day.AddDays(31)).Select(b => b.SettledOn is { } settled && settled > day ? b with { SettledOn = null, Outstanding = b.Principal } : b)],
        ContactDays = [.. facts.ContactDays.Where(d => d <= day)],
        ComplaintDays = [.. facts.ComplaintDays.Where(d => d <= day)],
    };
}
