using CollectionGrains.Collection;
using CollectionGrains.Collection.Visits;
using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.Collection;

/// <summary>The rules of visit proof without a silo: distances against hand-computed ones, photos by their structure, the accuracy allowed for.</summary>
public sealed class VisitProofRuleTests
{
    private static readonly byte[] Jpeg = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Collection", "Assets", "photo.jpg"));

    [Theory]
    // One degree of latitude is 6,371,008.8 m × π / 180 = 111,195.08 m anywhere; one of longitude at 60° is 2R·asin(cos 60°·sin 0.5°) = 55,597.5 m.
    [InlineData(22.5, 113.9, 23.5, 113.9, 111_195.08)]
    [InlineData(60.0, 10.0, 60.0, 11.0, 55_597.5)]
    [InlineData(22.5405, 113.9345, 22.5405, 113.9345, 0)]
    public void Distances_are_great_circle_metres(double lat1, double lon1, double lat2, double lon2, double metres) =>
        Assert.Equal(metres, VisitProof.Metres((decimal)lat1, (decimal)lon1, (decimal)lat2, (decimal)lon2), 0.5 + metres * 1e-5);

    [Fact]
    public void Only_a_whole_jpeg_or_png_is_a_photo()
    {
        Assert.Equal("image/jpeg", PhotoFormat.ContentType(Jpeg));
        Assert.Equal("image/png", PhotoFormat.ContentType(new QRCoder.PngByteQRCode(QRCoder.QRCodeGenerator.GenerateQrCode("门", QRCoder.QRCodeGenerator.ECCLevel.M)).GetGraphic(4)));
        Assert.Null(PhotoFormat.ContentType(Jpeg[..(Jpeg.Length / 2)]));                 // cut off in upload
        Assert.Null(PhotoFormat.ContentType([0xFF, 0xD8, 0xFF, 0xE0, .. "not really a jpeg"u8]));
        Assert.Null(PhotoFormat.ContentType("GIF89a"u8));
        Assert.Null(VisitProof.PhotoProblem(Jpeg));
        Assert.NotNull(VisitProof.PhotoProblem(new byte[VisitEvidence.MaxPhotoBytes + 1]));
    }

    [Theory]
    // 150 m radius: 160 m away with a 15 m fix may have been there; 200 m with 15 m was not; a 400 m fix proves nothing.
    [InlineData(160, 15, true)]
    [InlineData(200, 15, false)]
    [InlineData(10, 400, false)]
    public void The_fixs_accuracy_is_allowed_for_but_a_poor_fix_proves_nothing(int metresNorth, int accuracy, bool within)
    {
        var token = new DoorToken("b1/1-101", 0);
        var evidence = new VisitEvidence("code", 22.5m + metresNorth / 111_195.08m, 113.9m, accuracy, Jpeg);
        var check = VisitProof.Check("b1/1-101", token, 0, evidence, (22.5m, 113.9m), 150, "c1");
        Assert.Equal(within, check.WithinRadius);
        Assert.Equal(!within, check.Flagged);
    }
}
