namespace CollectionGrains.Customers.Credit;

/// <summary>
/// Calibration cells of a model on its holdout: each held-out household at the cut counted in its building, once in the
/// band of the probability in use (the model's when it beats the grade, else its grade's training rate) and once per
/// credit tag it carried at the cut, with its outcome.
/// </summary>
internal static class CreditCalibration
{
    public static List<CalibrationCell> Cells(IEnumerable<(string HouseholdId, CustomerFacts Facts, decimal Probability, bool InArrears)> holdout,
        DateOnly cut, Func<string, (string Project, string Building)> placeOf)
    {
        var cells = new Dictionary<(string Project, string Building, int Band, CreditTag? Tag), (int Households, decimal Predicted, int InArrears)>();
        void Add((string, string, int, CreditTag?) key, decimal probability, bool inArrears)
        {
            var (households, predicted, positives) = cells.GetValueOrDefault(key);
            cells[key] = (households + 1, predicted + probability, positives + (inArrears ? 1 : 0));
        }
        foreach (var (householdId, facts, probability, inArrears) in holdout)
        {
            var (project, building) = placeOf(householdId);
            Add((project, building, CalibrationCell.BandOf(probability), null), probability, inArrears);
            foreach (var tag in CreditTagRules.Tags(CreditLabel.AsOf(facts, cut), cut))
            {
                Add((project, building, -1, tag), probability, inArrears);
            }
        }
        return [.. cells.OrderBy(c => c.Key.Project, StringComparer.Ordinal).ThenBy(c => c.Key.Building, StringComparer.Ordinal).ThenBy(c => c.Key.Band).ThenBy(c => c.Key.Tag)
            .Select(c => new CalibrationCell(c.Key.Project, c.Key.Band, c.Key.Tag, c.Value.Households, c.Value.Predicted, c.Value.InArrears, c.Key.Building))];
    }
}
