using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Visits;

/// <summary>
/// The checks of a visit (防作弊): the scanned door code names this household in its current generation; the phone
/// was within the building's radius — the distance less the fix's accuracy at most the radius, and a fix no better than
/// the radius proves nothing; the photo is a JPEG or PNG within the size limit. One visit in ten that passes is sampled
/// for review as well (stable per contact id). A forged code is not checked here: it is refused before.
/// </summary>
internal static class VisitProof
{
    private const int SampleOneIn = 10;
    private const double EarthRadiusMetres = 6_371_008.8;

    public static VisitCheck Check(string householdId, DoorToken token, int generation, VisitEvidence evidence,
        (decimal Latitude, decimal Longitude)? building, int radiusMetres, string contactId)
    {
        var problems = new List<string>();
        var tokenValid = token.HouseholdId == householdId && token.Generation == generation;
        if (token.HouseholdId != householdId)
        {
            problems.Add($"扫描的门牌码属于另一户（{token.HouseholdId}）");
        }
        else if (!tokenValid)
        {
            problems.Add("门牌码已作废（已重新打印）");
        }
        decimal? distance = building is { } at ? Math.Round((decimal)Metres(at.Latitude, at.Longitude, evidence.Latitude, evidence.Longitude)) : null;
        var withinRadius = distance is { } d && evidence.Accuracy <= radiusMetres && d - evidence.Accuracy <= radiusMetres;
        if (distance is null)
        {
            problems.Add("楼栋未设坐标，无法核对位置");
        }
        else if (evidence.Accuracy > radiusMetres)
        {
            problems.Add($"定位精度 {evidence.Accuracy:0} 米，粗于允许半径 {radiusMetres} 米");
        }
        else if (!withinRadius)
        {
            problems.Add($"距楼栋 {distance:0} 米，超出半径 {radiusMetres} 米");
        }
        var photoProblem = PhotoProblem(evidence.Photo);
        if (photoProblem is not null)
        {
            problems.Add(photoProblem);
        }
        return new VisitCheck(tokenValid, withinRadius, distance, photoProblem is null, problems,
            Sampled: problems.Count == 0 && Sample(contactId));
    }

    /// <summary>What is wrong with the evidence as sent (not its content): a position off the globe, a negative accuracy.</summary>
    public static string? InputProblem(VisitEvidence evidence) => evidence switch
    {
        { QrToken: null or "" } => "visit.qrToken is the code scanned on the door",
        { Latitude: < -90 or > 90 } => "visit.latitude must be between -90 and 90",
        { Longitude: < -180 or > 180 } => "visit.longitude must be between -180 and 180",
        { Accuracy: <= 0 or > 100_000 } => "visit.accuracy is the fix's accuracy in metres (more than 0)",
        { Photo: null or { Length: 0 } } => "visit.photo is the photo taken at the door",
        _ => null,
    };

    /// <summary>Null for a JPEG or PNG within the limit; else why not.</summary>
    public static string? PhotoProblem(byte[]? photo) => photo switch
    {
        null or { Length: 0 } => "没有照片",
        { Length: > VisitEvidence.MaxPhotoBytes } => $"照片超过 {VisitEvidence.MaxPhotoBytes / 1024 / 1024} MiB",
        _ when PhotoFormat.ContentType(photo) is null => "照片不是 JPEG 或 PNG 图片",
        _ => null,
    };

    /// <summary>Great-circle distance (haversine) in metres.</summary>
    public static double Metres(decimal lat1, decimal lon1, decimal lat2, decimal lon2)
    {
        static double Radians(decimal degrees) => (double)degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static bool Sample(string contactId) =>
        BitConverter.ToUInt32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(contactId))) % SampleOneIn == 0;
}
