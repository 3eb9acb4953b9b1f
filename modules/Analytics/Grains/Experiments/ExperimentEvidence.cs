using CollectionGrains.Collection;

namespace CollectionGrains.Analytics.Experiments;

/// <summary>
/// An experiment's report from its households: each counts in the arm it was assigned (<see cref="ExperimentArms"/>),
/// whichever script the collector used — the comparison is of the assignment, as randomised.
/// </summary>
internal static class ExperimentEvidence
{
    public static ExperimentReport Of(ScriptExperiment experiment, IReadOnlyList<ExperimentHousehold> households)
    {
        var arms = households.ToLookup(h => ExperimentArms.Of(experiment.ExperimentId, h.HouseholdId));
        var champion = Arm(experiment, ExperimentArm.Champion, [.. arms[ExperimentArm.Champion]]);
        var challenger = Arm(experiment, ExperimentArm.Challenger, [.. arms[ExperimentArm.Challenger]]);
        if (champion.Decided == 0 || challenger.Decided == 0)
        {
            return new ExperimentReport(experiment, champion, challenger, null, null, null, null, false);
        }
        var (difference, low, high, p) = Proportions.Compare(champion.Converted, champion.Decided, challenger.Converted, challenger.Decided);
        var enough = Math.Min(champion.Decided, challenger.Decided) >= ExperimentReport.MinimumDecided;
        return new ExperimentReport(experiment, champion, challenger, Round(difference), Round(low), Round(high), Round(p), enough && p < 0.05);
    }

    private static ArmResult Arm(ScriptExperiment experiment, ExperimentArm arm, IReadOnlyList<ExperimentHousehold> households)
    {
        var decided = households.Count(h => h.Decided);
        var converted = households.Count(h => h.Decided && h.Paid);
        var own = households.Sum(h => arm == ExperimentArm.Champion ? h.ChampionContacts : h.ChallengerContacts);
        var (rate, low, high) = decided == 0 ? (null, null, null) : ((decimal?)Math.Round((decimal)converted / decided, 4), (decimal?)Round(Proportions.Wilson(converted, decided).Low),
            (decimal?)Round(Proportions.Wilson(converted, decided).High));
        return new ArmResult(arm, experiment.ScriptOf(arm), households.Count, households.Sum(h => h.Contacts), own, decided, converted, households.Count(h => h.Paid), rate, low, high);
    }

    private static decimal Round(double value) => Math.Round((decimal)value, 4);
}
