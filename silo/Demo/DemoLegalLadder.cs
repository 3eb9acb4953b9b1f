using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Outreach;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// The demo's hard cases, through the grains' own rules: the largest debtors of the first project are taken up the legal
/// ladder to different rungs (a dunning letter issued; a lawyer's letter; a public notice; reported to the manager), so
/// that some households are eligible for each next step. A household the standard policy does not allow is left where it is.
/// </summary>
internal static class DemoLegalLadder
{
    private static readonly CollectionActor Supervisor = new("supervisor1", ActorRank.Supervisor);
    private static readonly CollectionActor Manager = new("project1", ActorRank.Supervisor);

    /// <summary>How many households stop at each rung: 0 after the dunning letter, 1 after the lawyer's letter, and so on.</summary>
    private const int PerRung = 3;

    public static async Task<int> LoadAsync(IGrainFactory grains, string projectId, BusinessClock clock, ILogger logger)
    {
        var debtors = await grains.GetGrain<IArrearsListGrain>(projectId).GetPageAsync(new ArrearsFilter(), ArrearsOrder.AmountDescending, 4 * PerRung * 2, null);
        var placed = 0;
        foreach (var entry in debtors.Entries)
        {
            var rung = placed / PerRung;
            if (rung > 3)
            {
                break;
            }
            var outreach = grains.GetGrain<IHouseholdOutreachGrain>(entry.HouseholdId);
            try
            {
                await outreach.IssueNoticeAsync(new NoticeRequest("DEMO-DL-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(entry.HouseholdId)))[..16], NoticeKind.DunningLetter, null), Supervisor);
                foreach (var step in Enum.GetValues<LegalStep>().Take(rung))
                {
                    var request = await outreach.RequestLegalStepAsync(step, "多次催缴未果，业主拒不缴纳", clock.Today.AddDays(15), Supervisor);
                    await outreach.DecideLegalStepAsync(request.RequestId, true, "同意", Manager);
                }
                placed++;
            }
            catch (CollectionRejectedException e)
            {
                logger.DemoHouseholdStays(entry.HouseholdId, e.Message);
            }
        }
        return placed;
    }
}
