using CollectionGrains.Collection;
using CollectionGrains.Collection.Cases;
using CollectionGrains.Kernel;
using static CollectionGrains.Tests.Collection.CaseFixtures;

namespace CollectionGrains.Tests.Collection;

/// <summary>The case rules on hand-worked cases: tasks opened and closed by arrears, contacts, promises, caps, the pool.</summary>
public sealed class HouseholdCaseTests
{
    private readonly CaseState _state = new();

    private HouseholdCase Case(CollectionPolicy? policy = null) => new("h1", _state, policy ?? CollectionPolicy.Standard);

    [Fact]
    public void Falling_into_arrears_opens_one_task_in_the_pool_and_paying_everything_closes_it()
    {
        Case().ApplyArrears(Signal(1, 500m, 0m, Wednesday));
        Case().ApplyArrears(Signal(2, 520m, 0m, Wednesday.AddDays(1)));

        var task = Assert.Single(_state.Tasks);
        Assert.Equal((CollectionTaskStatus.Pool, (string?)null, "h1:1"), (task.Status, task.Collector, task.TaskId));

        Case().ApplyArrears(Signal(3, 0m, 520m, Wednesday.AddDays(2), ArrearsCause.Payment));
        Assert.Equal((CollectionTaskStatus.Closed, TaskCloseReason.Paid), (task.Status, task.CloseReason));
        Assert.Equal([null, CollectionTaskStatus.Pool], task.Events.Select(e => e.From));

        Case().ApplyArrears(Signal(4, 300m, 520m, Wednesday.AddDays(40)));
        Assert.Equal(["h1:1", "h1:2"], _state.Tasks.Select(t => t.TaskId));
    }

    [Fact]
    public void An_older_signal_changes_nothing_and_a_waiver_closes_as_waived()
    {
        Case().ApplyArrears(Signal(5, 500m, 0m, Wednesday));
        var stale = Case();
        stale.ApplyArrears(Signal(4, 0m, 500m, Wednesday));
        Assert.False(stale.Changed);
        Assert.True(_state.OpenTask is not null);

        Case().ApplyArrears(Signal(6, 0m, 0m, Wednesday, ArrearsCause.Waiver));
        Assert.Equal(TaskCloseReason.Waived, _state.Tasks[0].CloseReason);
    }

    [Fact]
    public void A_household_that_owes_nothing_is_not_contacted_and_nothing_is_recorded()
    {
        var @case = Case();
        var refused = Assert.Throws<CollectionRejectedException>(() =>
            @case.RecordContact(Contact("c1", ContactClass.B_Undecided, Wednesday), Collector1, 0m, Wednesday, null));

        Assert.Equal(CollectionErrorCode.BadInput, refused.Code);
        Assert.Contains("nothing to pay", refused.Message);
        Assert.Empty(_state.Contacts);
        Assert.False(@case.Changed);
    }

    [Fact]
    public void A_contact_is_recorded_once_per_id_and_the_same_id_with_other_content_is_a_conflict()
    {
        Case().ApplyArrears(Signal(1, 500m, 0m, Wednesday));
        var first = Case().RecordContact(Contact("c1", ContactClass.B_Undecided, Wednesday), Collector1, 500m, Wednesday, null);
        var again = Case().RecordContact(Contact("c1", ContactClass.B_Undecided, Wednesday), Collector1, 480m, Wednesday.AddMinutes(5), null);

        Assert.True(first.AppliedNow);
        Assert.False(again.AppliedNow);
        Assert.Equal(500m, again.Contact.AmountOwed);
        Assert.Equal("h1:1", again.Contact.TaskId);
        var conflict = Assert.Throws<CollectionRejectedException>(() =>
            Case().RecordContact(Contact("c1", ContactClass.D_Away, Wednesday), Collector1, 500m, Wednesday, null));
        Assert.Equal(CollectionErrorCode.Conflict, conflict.Code);
        Assert.Single(_state.Contacts);
    }

    [Fact]
    public void A_contact_sent_without_its_time_is_dated_now_and_the_same_again_is_the_same_contact()
    {
        Case().ApplyArrears(Signal(1, 500m, 0m, Wednesday));
        var untimed = Contact("c1", ContactClass.B_Undecided, default);
        var first = Case().RecordContact(untimed, Collector1, 500m, Wednesday, null);
        var retry = Case().RecordContact(untimed, Collector1, 500m, Wednesday.AddMinutes(2), null);

        Assert.Equal((Wednesday, true, false), (first.Contact.At, first.AppliedNow, retry.AppliedNow));
        Assert.Equal(CollectionErrorCode.Conflict, Assert.Throws<CollectionRejectedException>(() =>
            Case().RecordContact(untimed with { At = Wednesday.AddHours(1) }, Collector1, 500m, Wednesday, null)).Code);
    }

    [Fact]
    public void A_promise_is_kept_by_paying_its_amount_by_its_date()
    {
        Case().ApplyArrears(Signal(1, 500m, 100m, Wednesday));
        Case().RecordContact(Contact("c1", ContactClass.A_Promised, Wednesday, promisedDate: new DateOnly(2026, 3, 10), promisedAmount: 300m),
            Collector1, 500m, Wednesday, null);

        Case().ApplyArrears(Signal(2, 300m, 300m, Wednesday.AddDays(2), ArrearsCause.Payment));
        Assert.Equal(PromiseState.Open, _state.Promises[0].State);
        Case().ApplyArrears(Signal(3, 200m, 400m, Wednesday.AddDays(6), ArrearsCause.Payment));

        Assert.Equal((PromiseState.Kept, new DateOnly(2026, 3, 10), 300m), (_state.Promises[0].State, _state.Promises[0].DecidedOn!.Value, _state.Promises[0].PaidTowards));
        Assert.Equal(ContactClass.A_Promised, _state.Class);
        var figures = CaseFigures.Of(_state, new DateOnly(2026, 3, 11));
        Assert.Equal((0L, 1L, 0L), (figures.PromisesOpen, figures.PromisesKept, figures.PromisesBroken));
    }

    [Fact]
    public void A_promise_not_paid_by_its_date_is_broken_the_day_after_and_the_household_falls_back_to_B()
    {
        Case().ApplyArrears(Signal(1, 500m, 0m, Wednesday));
        Case().RecordContact(Contact("c1", ContactClass.A_Promised, Wednesday, promisedDate: new DateOnly(2026, 3, 6), promisedAmount: 500m),
            Collector1, 500m, Wednesday, null);
        Case().ApplyArrears(Signal(2, 200m, 300m, Wednesday.AddDays(1), ArrearsCause.Payment));

        Case().PassDay(new DateOnly(2026, 3, 6));
        Assert.Equal(PromiseState.Open, _state.Promises[0].State);
        Case().PassDay(new DateOnly(2026, 3, 7));

        Assert.Equal((PromiseState.Broken, new DateOnly(2026, 3, 7)), (_state.Promises[0].State, _state.Promises[0].DecidedOn!.Value));
        Assert.Equal(ContactClass.B_Undecided, _state.Class);
        var figures = CaseFigures.Of(_state, new DateOnly(2026, 3, 7));
        Assert.Equal((1L, 0L, 1L), (figures.HouseholdsByContactClass[(int)ContactClass.B_Undecided], figures.PromisesOpen, figures.PromisesBroken));
    }

    [Fact]
    public void Caps_refuse_a_third_attempt_in_a_day_unless_a_supervisor_allows_it()
    {
        Case().ApplyArrears(Signal(1, 500m, 0m, Wednesday));
        Case().RecordContact(Contact("c1", ContactClass.B_Undecided, Wednesday, answered: false), Collector1, 500m, Wednesday, null);
        Case().RecordContact(Contact("c2", ContactClass.B_Undecided, Wednesday.AddHours(5), answered: false), Collector1, 500m, Wednesday.AddHours(5), null);

        var third = Contact("c3", ContactClass.B_Undecided, Wednesday.AddHours(6), answered: false);
        Assert.Equal(CollectionErrorCode.BadInput, Assert.Throws<CollectionRejectedException>(() => Case().RecordContact(third, Collector1, 500m, third.At, null)).Code);
        Assert.Equal(CollectionErrorCode.Forbidden, Assert.Throws<CollectionRejectedException>(() =>
            Case().RecordContact(third with { OverrideCaps = true }, Collector1, 500m, third.At, null)).Code);
        var allowed = Case().RecordContact(third with { OverrideCaps = true }, Supervisor, 500m, third.At, null);

        Assert.Equal("supervisor1", allowed.Contact.CapsOverriddenBy);
        Assert.Equal(3, _state.Contacts.Count);
    }

    [Fact]
    public void A_contact_outside_the_windows_is_kept_and_marked_and_dates_are_China_dates()
    {
        Case().ApplyArrears(Signal(1, 500m, 0m, Wednesday));
        // 2026-03-04T13:30Z is 21:30 in China: after the last window.
        var late = new DateTimeOffset(2026, 3, 4, 13, 30, 0, TimeSpan.Zero);
        var (contact, _) = Case().RecordContact(Contact("c1", ContactClass.B_Undecided, late), Collector1, 500m, late, null);
        // A letter goes out whenever: windows are for calls, messages and visits.
        var (letter, _) = Case().RecordContact(Contact("c2", ContactClass.B_Undecided, late, method: ContactMethod.DunningLetter), Collector1, 500m, late, null);

        Assert.True(contact.OutsideWindow);
        Assert.False(letter.OutsideWindow);
        Assert.Equal(new DateOnly(2026, 3, 5), BusinessCalendar.DateOf(new DateTimeOffset(2026, 3, 4, 20, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_pool_task_is_grabbed_once_and_a_refusal_is_escalated_to_the_supervisor()
    {
        Case().ApplyArrears(Signal(1, 500m, 0m, Wednesday));
        Case().Grab("h1:1", Collector1, Wednesday);
        var second = Assert.Throws<CollectionRejectedException>(() => Case().Grab("h1:1", Collector2, Wednesday));

        Assert.Equal(CollectionErrorCode.Conflict, second.Code);
        Assert.Equal(("collector1", CollectionTaskStatus.Assigned), (_state.Collector, _state.Tasks[0].Status));
        Assert.Equal(CollectionErrorCode.Forbidden, Assert.Throws<CollectionRejectedException>(() =>
            Case().RecordContact(Contact("c0", ContactClass.B_Undecided, Wednesday), Collector2, 500m, Wednesday, null)).Code);

        Case().RecordContact(Contact("c1", ContactClass.E_Refusing, Wednesday), Collector1, 500m, Wednesday, null);
        Assert.Equal((CollectionTaskStatus.Escalated, "collector1"), (_state.Tasks[0].Status, _state.Tasks[0].Collector));
        Assert.Equal([CollectionTaskStatus.Pool, CollectionTaskStatus.Assigned, CollectionTaskStatus.Escalated], _state.Tasks[0].Events.Select(e => e.To));
    }

    [Fact]
    public void Promise_fields_belong_to_class_A_only()
    {
        Case().ApplyArrears(Signal(1, 500m, 0m, Wednesday));
        Assert.Throws<CollectionRejectedException>(() =>
            Case().RecordContact(Contact("c1", ContactClass.A_Promised, Wednesday), Collector1, 500m, Wednesday, null));
        Assert.Throws<CollectionRejectedException>(() =>
            Case().RecordContact(Contact("c2", ContactClass.B_Undecided, Wednesday, promisedDate: new DateOnly(2026, 3, 9), promisedAmount: 10m), Collector1, 500m, Wednesday, null));
        Assert.Throws<CollectionRejectedException>(() =>
            Case().RecordContact(Contact("c3", ContactClass.A_Promised, Wednesday, promisedDate: new DateOnly(2026, 3, 9), promisedAmount: 600m), Collector1, 500m, Wednesday, null));
        Assert.Empty(_state.Contacts);
    }
}
