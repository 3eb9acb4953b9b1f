using CollectionGrains.Collection;

namespace CollectionGrains.Outreach.Legal;

/// <summary>
/// The legal ladder's rules: steps in the procedure's order (a lawyer's letter after a 催收通知函; each later step after
/// the one before is done), one request open at a time, each step taken once, and only for a household over the
/// project's thresholds of age, amount and contacts without result in the current arrears.
/// </summary>
internal static class LegalLadder
{
    public sealed record Facts(decimal Owed, int AgeDays, int ContactsWithoutResult, bool DunningLetterIssued, bool Paused = false);

    /// <summary>A project's new thresholds over its current ones (steps left out keep theirs); refused unless each is sane.</summary>
    public static LegalPolicy Merge(LegalPolicy current, LegalPolicy given)
    {
        if (given.Thresholds.Count == 0 || given.Thresholds.DistinctBy(t => t.Step).Count() != given.Thresholds.Count
            || given.Thresholds.Any(t => !Enum.IsDefined(t.Step) || t.MinAgeDays is < 0 or > 3650 || t.MinAmount < 0 || t.MinContacts is < 0 or > 100))
        {
            throw CollectionRejectedException.BadInput("each step at most once, with an age of 0 to 3650 days, an amount of at least 0 and 0 to 100 contacts");
        }
        return new LegalPolicy([.. Enum.GetValues<LegalStep>().Select(step => given.Thresholds.FirstOrDefault(t => t.Step == step) ?? current.For(step))]);
    }

    /// <summary>Why the step cannot be requested now, or null.</summary>
    public static string? Problem(LegalStep step, IReadOnlyList<LegalStepRequest> history, LegalThreshold threshold, Facts facts)
    {
        if (history.FirstOrDefault(r => r.Status is LegalStepStatus.Requested) is { } waiting)
        {
            return $"request {waiting.RequestId} ({waiting.Step}) is waiting for the project manager's decision";
        }
        if (history.Any(r => r.Step == step && r.Status is LegalStepStatus.Approved or LegalStepStatus.Done))
        {
            return $"{step} was approved for this household already";
        }
        if (step == LegalStep.LawyerLetter && !facts.DunningLetterIssued)
        {
            return "a lawyer's letter follows a dunning letter (催收通知函): issue one first";
        }
        if (step > LegalStep.LawyerLetter && !history.Any(r => r.Step == step - 1 && r.Status == LegalStepStatus.Done))
        {
            return $"{step} follows {step - 1}, which is not done for this household";
        }
        if (facts.Owed <= 0)
        {
            return "the household owes nothing";
        }
        if (facts.Paused)
        {
            return "dunning is paused: the household has a service order open (服务工单未解决)";
        }
        if (facts.AgeDays < threshold.MinAgeDays || facts.Owed < threshold.MinAmount || facts.ContactsWithoutResult < threshold.MinContacts)
        {
            return $"not eligible for {step} under the project's policy: arrears {facts.AgeDays} days old (needs {threshold.MinAgeDays}), "
                + $"{facts.Owed:0.00} owed (needs {threshold.MinAmount:0.00}), {facts.ContactsWithoutResult} contacts without result (needs {threshold.MinContacts})";
        }
        return null;
    }

    /// <summary>Calls, messages and visits since the arrears began: the household was reached (or tried) and still owes.</summary>
    public static int ContactsWithoutResult(CollectionCase @case, DateOnly? arrearsSince) =>
        arrearsSince is not { } since ? 0
        : @case.Contacts.Count(c => c.Request.Method is ContactMethod.Phone or ContactMethod.Sms or ContactMethod.WeChat or ContactMethod.AppPush or ContactMethod.Visit
            && Kernel.BusinessCalendar.DateOf(c.At) >= since);

    /// <summary>Why this person may not decide the request, or null: it must be waiting, and not their own.</summary>
    public static string? DecisionProblem(LegalStepRequest request, string decider) =>
        request.Status != LegalStepStatus.Requested ? $"request {request.RequestId} was decided already ({request.Status})"
        : request.RequestedBy == decider ? "the person who asked for a legal step cannot approve it: another project manager decides"
        : null;
}
