using CollectionGrains.Collection;
using CollectionGrains.Organisation;
using QRCoder;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// Today's visits in the first project, through the visit proof's real checks: most at the door with the household's
/// code and a photo; one in six reported 1.2 km away, one with the neighbour's code, one with a text file for a photo —
/// so the supervisor's review queue has rows. Loading again records nothing new (same contact ids and evidence).
/// </summary>
internal static class DemoVisits
{
    private const int Visits = 18;

    public static async Task<int> LoadAsync(IGrainFactory grains, DemoProject project)
    {
        var recorded = 0;
        var households = project.Households.Where(h => h.Grade == "Defaulter").Take(Visits + 1).ToList();
        for (var i = 0; i < Math.Min(Visits, households.Count - 1); i++)
        {
            var household = households[i].Profile;
            var @case = grains.GetGrain<IHouseholdCaseGrain>(household.HouseholdId);
            var building = (await grains.GetGrain<IOrgNodeGrain>(household.BuildingId).GetAsync())?.Info.Location;
            if (building is not { Latitude: { } latitude, Longitude: { } longitude } || await @case.GetCollectorAsync() is not { } collector)
            {
                continue;
            }
            var code = await grains.GetGrain<IHouseholdCaseGrain>(i % 6 == 5 ? households[i + 1].Profile.HouseholdId : household.HouseholdId).GetDoorCodeAsync();
            var north = i % 6 == 4 ? 0.0108m : 0.0002m * (i % 3);
            var photo = i % 9 == 7 ? "业主不在家，门口拍照"u8.ToArray() : Photo($"{household.HouseholdId} 门口");
            var visit = new ContactRequest($"demo-visit-{i}", ContactMethod.Visit, ContactClass.C_Unreachable, default, Answered: false,
                Notes: "上门拜访，敲门无人应答，已在门缝留催收通知单", Visit: new VisitEvidence(code, latitude + north, longitude, 12m + i, photo));
            try
            {
                recorded += (await @case.RecordContactAsync(visit, new CollectionActor(collector, ActorRank.Collector))).AppliedNow ? 1 : 0;
            }
            catch (CollectionRejectedException)
            {
                // Paid since, or above today's caps: that household is not visited today.
            }
        }
        return recorded;
    }

    /// <summary>A real PNG (a QR code of the caption): what the demo has for a photo taken at the door.</summary>
    private static byte[] Photo(string caption) =>
        new PngByteQRCode(QRCodeGenerator.GenerateQrCode(caption, QRCodeGenerator.ECCLevel.M)).GetGraphic(6);
}
