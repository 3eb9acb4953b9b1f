using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using Orleans.Concurrency;

namespace CollectionGrains.Outreach;

[StatelessWorker]
internal sealed class OutreachListsGrain(BusinessClock clock) : Grain, IOutreachListsGrain
{
    public async Task<IReadOnlyList<LegalStepRequest>> LegalStepsAsync(string nodeId, LegalStep? step, LegalStepStatus? status, int first)
    {
        var found = new List<LegalStepRequest>();
        await foreach (var entry in InArrearsAsync(nodeId))
        {
            found.AddRange((await GrainFactory.GetGrain<IHouseholdOutreachGrain>(entry.HouseholdId).GetLegalStepsAsync())
                .Where(r => (step is null || r.Step == step) && (status is null || r.Status == status)));
            if (found.Count >= first)
            {
                break;
            }
        }
        return [.. found.Take(first)];
    }

    public async Task<IReadOnlyList<LimitationEntry>> ExpiringAsync(string nodeId, int withinDays, int first)
    {
        var until = clock.Today.AddDays(withinDays);
        var found = new List<LimitationEntry>();
        await foreach (var entry in InArrearsAsync(nodeId))
        {
            var limitation = await GrainFactory.GetGrain<IHouseholdOutreachGrain>(entry.HouseholdId).GetLimitationAsync();
            if (limitation.EarliestExpiry <= until)
            {
                found.Add(new LimitationEntry(entry.HouseholdId, entry.Total, limitation));
            }
        }
        return [.. found.OrderBy(e => e.Limitation.EarliestExpiry).Take(first)];
    }

    private async IAsyncEnumerable<ArrearsListEntry> InArrearsAsync(string nodeId)
    {
        var list = GrainFactory.GetGrain<IArrearsListGrain>(nodeId);
        string? after = null;
        var seen = 0;
        do
        {
            var page = await list.GetPageAsync(new ArrearsFilter(), ArrearsOrder.AmountDescending, 500, after);
            foreach (var entry in page.Entries)
            {
                yield return entry;
            }
            seen += page.Entries.Count;
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null && seen < IOutreachListsGrain.MaxHouseholds);
    }
}
