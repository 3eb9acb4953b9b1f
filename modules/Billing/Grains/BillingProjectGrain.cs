using System.Diagnostics;
using CollectionGrains.Billing.Charges;
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
    private const int Concurrency = 128;
    private const int MaxSkippedReported = 200;

    public async Task SetPolicyAsync(LateFeePolicy policy)
    {
        if (policy.Validate() is { } problem)
        {
            throw LedgerRejectedException.BadInput($"late-fee policy: {problem}");
        }
        state.State.Policy = policy;
        await state.WriteStateAsync();
        await EnsureDailyRefreshAsync();
    }

    public Task<LateFeePolicy> GetPolicyAsync() => Task.FromResult(state.State.Policy);

    public async Task SetChargeItemAsync(ChargeItem item)
    {
        var problems = BillingInputRules.Problems(item);
        if (problems.Count > 0)
        {
            throw LedgerRejectedException.BadInput($"charge item {item.Code}: {string.Join("; ", problems)}");
        }
        state.State.Items.RemoveAll(i => i.Code == item.Code);
        state.State.Items.Add(item with { Prices = [.. item.Prices.OrderBy(p => p.EffectiveFrom)] });
        await state.WriteStateAsync();
        await EnsureDailyRefreshAsync();
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
            foreach (var chunk in page.Chunk(Concurrency))
            {
                foreach (var result in await Task.WhenAll(chunk.Select(id => call(GrainFactory.GetGrain<IHouseholdGrain>(id)))))
                {
                    onResult(result);
                }
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
        var ids = new List<string>(PageSize);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}
