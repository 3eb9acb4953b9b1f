using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Cases;

/// <summary>
/// What a contact must be: times that can be true, promise fields exactly for class A, texts of sane length; and, for
/// the direct methods (calls, messages, visits), the project's contact windows and caps.
/// </summary>
internal static class ContactRules
{
    /// <summary>How long after the fact a contact may still be entered (a visit recorded back at the office).</summary>
    public static readonly TimeSpan MaxLateEntry = TimeSpan.FromDays(30);

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>A written demand (notice, letter, public notice, lawsuit): it reaches the owner but brings back no outcome, so it leaves the class as it was.</summary>
    public static bool IsWritten(ContactMethod method) => method is ContactMethod.PaymentNotice or ContactMethod.DunningNotice
        or ContactMethod.DunningLetter or ContactMethod.LawyerLetter or ContactMethod.PublicNotice or ContactMethod.Lawsuit;

    /// <summary>An SMS, WeChat message or app push.</summary>
    public static bool IsMessage(ContactMethod method) => method is ContactMethod.Sms or ContactMethod.WeChat or ContactMethod.AppPush;

    /// <summary>Calls, messages and visits reach the owner in person: windows and caps apply to them; written notices and legal steps are recorded as they go out.</summary>
    public static bool IsDirect(ContactMethod method) => method is ContactMethod.Phone or ContactMethod.Sms or ContactMethod.WeChat
        or ContactMethod.AppPush or ContactMethod.Visit;

    public static void Validate(ContactRequest request, decimal owedNow, DateTimeOffset now)
    {
        if (!Enum.IsDefined(request.Method) || !Enum.IsDefined(request.Outcome))
        {
            throw CollectionRejectedException.BadInput("unknown method or outcome");
        }
        if (request.At > now + ClockSkew)
        {
            throw CollectionRejectedException.BadInput($"contact {request.ContactId} is dated {request.At:O}, in the future");
        }
        if (request.At < now - MaxLateEntry)
        {
            throw CollectionRejectedException.BadInput($"contact {request.ContactId} is dated {request.At:O}, more than {MaxLateEntry.TotalDays:0} days ago");
        }
        ValidateOutcome(request, owedNow);
        CaseInput.CheckOptional(request.Reason?.Text, "reason", 500);
        CaseInput.CheckOptional(request.Notes, "notes", 2000);
        CaseInput.CheckOptional(request.Channel, "channel", 50);
        CaseInput.CheckOptional(request.ScriptId, "scriptId", CaseInput.MaxIdLength);
    }

    private static void ValidateOutcome(ContactRequest request, decimal owedNow)
    {
        var date = BusinessCalendar.DateOf(request.At);
        // A written demand, or a message nobody answered (a reminder of the promise made), brings back no outcome of its
        // own: it carries the class the case had, and no new promise.
        if (request.Outcome != ContactClass.A_Promised || IsWritten(request.Method) || (IsMessage(request.Method) && !request.Answered))
        {
            if (request.PromisedDate is not null || request.PromisedAmount is not null)
            {
                throw CollectionRejectedException.BadInput("only a class-A outcome (A_PROMISED) of an answered call, message or visit carries a promised date and amount");
            }
            return;
        }
        if (request.PromisedDate is not { } promised || request.PromisedAmount is not { } amount)
        {
            throw CollectionRejectedException.BadInput("a class-A outcome (A_PROMISED) needs the promised date and amount");
        }
        if (promised < date || promised > date.AddDays(90))
        {
            throw CollectionRejectedException.BadInput($"the promised date {promised:yyyy-MM-dd} must be between the contact's day {date:yyyy-MM-dd} and 90 days later");
        }
        if (Money.ValidatePositive(amount, "promised amount") is { } problem)
        {
            throw CollectionRejectedException.BadInput(problem);
        }
        if (amount > owedNow)
        {
            throw CollectionRejectedException.BadInput($"the promised amount {amount:0.00} is more than the {owedNow:0.00} owed");
        }
        if (!request.Answered)
        {
            throw CollectionRejectedException.BadInput("a promise needs an answered contact (answered: true)");
        }
    }

    /// <summary>Why one more contact would exceed the project's caps for the household, or null.</summary>
    public static string? CapProblem(CollectionPolicy policy, IReadOnlyList<ContactRecord> contacts, ContactRequest request)
    {
        if (!IsDirect(request.Method))
        {
            return null;
        }
        var day = BusinessCalendar.DateOf(request.At);
        var direct = contacts.Where(c => IsDirect(c.Request.Method)).Select(c => (Day: BusinessCalendar.DateOf(c.At), c.Request.Answered)).ToList();
        var today = direct.Count(c => c.Day == day);
        if (today >= policy.MaxAttemptsPerDay)
        {
            return $"{today} attempts on {day:yyyy-MM-dd} already, the project's cap is {policy.MaxAttemptsPerDay} a day";
        }
        var answered = direct.Count(c => c.Day == day && c.Answered);
        if (request.Answered && answered >= policy.MaxAnsweredPerDay)
        {
            return $"{answered} answered contact(s) on {day:yyyy-MM-dd} already, the project's cap is {policy.MaxAnsweredPerDay} a day";
        }
        var week = direct.Count(c => c.Day > day.AddDays(-7) && c.Day <= day);
        return week >= policy.MaxAttemptsPer7Days
            ? $"{week} attempts in the 7 days to {day:yyyy-MM-dd} already, the project's cap is {policy.MaxAttemptsPer7Days}"
            : null;
    }

    /// <summary>A direct contact made outside the project's windows: kept (it happened), and counted against the collector.</summary>
    public static bool OutsideWindow(CollectionPolicy policy, ContactRequest request) =>
        IsDirect(request.Method) && !policy.InWindow(BusinessCalendar.DateOf(request.At), BusinessCalendar.TimeOf(request.At));
}
