using System.Diagnostics;
using CollectionGrains.Billing.Charges;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Billing;

/// <summary>
/// A project's billing setup and its bill runs. The run pages through the project's households (billing.household)
/// and asks each household grain to bill itself; every household bills idempotently, so a run that stopped half way
/// is simply run again.
/// </summary>
internal sealed class BillingProjectGrain(
    [PersistentState("billingProject")] IPersistentState<BillingProjectState> state,
    NpgsqlDataSource database,
    BusinessClock clock) : Grain, IBillingProjectGrain, IRemindable
{
    private const string DailyRefresh = "daily-refresh";
    private const int PageSize = 2000;
    private const int Concurrency = 512;   // calls in flight in a bill run (a million households: 141 s; 154 s with 128)
    private const int MaxSkippedReported = 200;
    private LateFeeSchedule? _policyAlways;

    public async Task SetPolicyAsync(LateFeePolicy policy)
    {
        RequireValid(policy);
        state.State.Policy = policy;
        state.State.Schedule = null;
        await state.WriteStateAsync();
        await EnsureDailyRefreshAsync();
    }

    public async Task<LateFeeSchedule> SchedulePolicyAsync(LateFeePolicy policy, DateOnly effectiveFrom)
    {
        RequireValid(policy);
        if (effectiveFrom <= clock.Today)
        {
            throw LedgerRejectedException.BadInput($"effectiveFrom {effectiveFrom:yyyy-MM-dd} must be a later day than today ({clock.Today:yyyy-MM-dd}): late fees already accrued do not change");
        }
        var schedule = Schedule.With(policy, effectiveFrom);
        state.State.Schedule = schedule;
        await state.WriteStateAsync();
        await EnsureDailyRefreshAsync();
        // Households hold the schedule while active: each takes the new one before the day it applies.
        await ForEachHouseholdAsync(async household =>
        {
            await household.UseLateFeeScheduleAsync(schedule);
            return true;
        }, _ => { });
        return schedule;
    }

    public Task<LateFeePolicy> GetPolicyAsync() => Task.FromResult(Schedule.At(clock.Today));

    public Task<LateFeeSchedule> GetPolicyScheduleAsync() => Task.FromResult(Schedule);

    public async Task SetChargeItemAsync(ChargeItem item)
    {
        RequireValid(item);
        state.State.Items.RemoveAll(i => i.Code == item.Code);
        state.State.Items.Add(item with { Prices = [.. item.Prices.OrderBy(p => p.EffectiveFrom)] });
        await state.WriteStateAsync();
        await EnsureDailyRefreshAsync();
    }

    public async Task<IReadOnlyList<ChargeItem>> SetChargeItemsAsync(IReadOnlyList<ChargeItem> items, DateOnly effectiveFrom)
    {
        if (ChargeItemsProblem(items, effectiveFrom) is { } problem)
        {
            throw LedgerRejectedException.BadInput(problem);
        }
        var changed = items.Where(i => !ChargeSchedule.Holds(state.State.Items, i, effectiveFrom)).ToList();
        if (changed.Count > 0)
        {
            var versions = ChargeSchedule.With(state.State.Items, changed, effectiveFrom);
            state.State.Items.Clear();
            state.State.Items.AddRange(versions);
            await state.WriteStateAsync();
            await EnsureDailyRefreshAsync();
        }
        return [.. state.State.Items];
    }

    public Task<string?> CheckChargeItemsAsync(IReadOnlyList<ChargeItem> items, DateOnly effectiveFrom) =>
        Task.FromResult(ChargeItemsProblem(items, effectiveFrom));

    /// <summary>Why the items cannot take effect then (items already held exactly as given are no change and pass), or null.</summary>
    private string? ChargeItemsProblem(IReadOnlyList<ChargeItem> items, DateOnly effectiveFrom)
    {
        if (items.Count == 0 || items.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            return "items: at least one, each code once";
        }
        foreach (var item in items)
        {
            var problems = BillingInputRules.Problems(item);
            if (problems.Count > 0 || item.Prices.Count != 1)
            {
                return $"charge item {item.Code}: {string.Join("; ", problems.DefaultIfEmpty("one unit price, in effect from effectiveFrom"))}";
            }
        }
        if (items.All(i => ChargeSchedule.Holds(state.State.Items, i, effectiveFrom)))
        {
            return null;
        }
        if (effectiveFrom.Day != 1)
        {
            return $"effectiveFrom {effectiveFrom:yyyy-MM-dd} must be the first day of a month: the first period the terms bill";
        }
        return state.State.CompletedRuns.Count > 0 && state.State.CompletedRuns.Values.Max(r => r.Period) is var billed && billed.FirstDay >= effectiveFrom
            ? $"period {billed} is billed already: new terms take effect from {billed.AddMonths(1).FirstDay:yyyy-MM-dd} at the earliest"
            : null;
    }

    public Task<IReadOnlyList<ChargeItem>> GetChargeItemsAsync() => Task.FromResult<IReadOnlyList<ChargeItem>>([.. state.State.Items]);

    public async Task<BillRunResult> RunBillingAsync(Period period)
    {
        var latest = Period.Of(clock.Today).AddMonths(1);
        if (period > latest)
        {
            throw LedgerRejectedException.BadInput($"period {period} is too far ahead: the latest that can be billed now is {latest}");
        }
        var watch = Stopwatch.StartNew();
        var items = state.State.Items.ToList();
        var (issued, already) = (0, 0);
        var skipped = new List<string>();
        var households = await ForEachHouseholdAsync(household => household.BillAsync(period, items), result =>
        {
            issued += result.Issued;
            already += result.AlreadyIssued;
            skipped.AddRange(result.Skipped.Take(MaxSkippedReported - skipped.Count));
        });
        var run = new BillRunResult(this.GetPrimaryKeyString(), period, households, issued, already, skipped, watch.Elapsed);
        state.State.CompletedRuns[period.ToString()] = run;
        await state.WriteStateAsync();
        return run;
    }

    /// <summary>
    /// The schedule; without one, the policy from the beginning, made once: every household of the project keeps the
    /// instance it is given (a schedule is immutable), so a new one for each call would be a copy in each household.
    /// </summary>
    private LateFeeSchedule Schedule => state.State.Schedule ?? PolicyAlways();

    private LateFeeSchedule PolicyAlways()
    {
        if (_policyAlways is not { } always || always.Versions[0].Policy != state.State.Policy)
        {
            _policyAlways = always = LateFeeSchedule.Always(state.State.Policy);
        }
        return always;
    }

    private static void RequireValid(LateFeePolicy policy)
    {
        if (policy.Validate() is { } problem)
        {
            throw LedgerRejectedException.BadInput($"late-fee policy: {problem}");
        }
    }

    private static void RequireValid(ChargeItem item)
    {
        var problems = BillingInputRules.Problems(item);
        if (problems.Count > 0)
        {
            throw LedgerRejectedException.BadInput($"charge item {item.Code}: {string.Join("; ", problems)}");
        }
    }

    public Task<int> RefreshTotalsAsync() =>
        ForEachHouseholdAsync(async household =>
        {
            await household.RefreshTotalsAsync();
            return true;
        }, _ => { });

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == DailyRefresh ? RefreshTotalsAsync() : Task.CompletedTask;

    /// <summary>A durable reminder, due next at 00:10 China time and then every 24 hours.</summary>
    private async Task EnsureDailyRefreshAsync()
    {
        if (await this.GetReminder(DailyRefresh) is not null)
        {
            return;
        }
        var now = clock.Now;
        var next = new DateTimeOffset(now.Date.AddDays(1).AddMinutes(10), BusinessCalendar.Offset);
        await this.RegisterOrUpdateReminder(DailyRefresh, next - now, TimeSpan.FromDays(1));
    }

    /// <summary>Calls every household of the project (paged through billing.household, a chunk at a time); returns how many.</summary>
    private async Task<int> ForEachHouseholdAsync<T>(Func<IHouseholdGrain, Task<T>> call, Action<T> onResult)
    {
        var households = 0;
        var after = string.Empty;
        while (await NextPageAsync(after) is { Count: > 0 } page)
        {
            foreach (var result in await InFlight.ForEachAsync(page, Concurrency, id => call(GrainFactory.GetGrain<IHouseholdGrain>(id))))
            {
                onResult(result);
            }
            households += page.Count;
            after = page[^1];
        }
        return households;
    }

    private async Task<List<string>> NextPageAsync(string after)
    {
        await using var command = database.CreateCommand(
            "SELECT household_id FROM billing.household WHERE project_id = $1 AND household_id > $2 ORDER BY household_id LIMIT $3");
        command.Parameters.AddWithValue(this.GetPrimaryKeyString());
        command.Parameters.AddWithValue(after);
        command.Parameters.AddWithValue(PageSize);
        return await command.ReadTextsAsync(new List<string>(PageSize));
    }
}
