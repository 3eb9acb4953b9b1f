namespace CollectionGrains.Tests.GraphQL;

/// <summary>A file as saved (FILE_BASE64): the GB18030 CSV a Chinese Excel writes arrives through the API intact.</summary>
public sealed class FileImportApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_GB18030_csv_sent_as_saved_imports_like_its_text()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var lines = ApiFixture.HouseholdsCsv.Split('\n');
        var file = System.Text.Encoding.GetEncoding("GB18030").GetBytes($"幸福里房户清单\r\n{lines[0].Trim()}\r\n{lines[1].Trim()}\r\n");

        var report = (await fixture.Api.DataAsync("mutation($i: ImportInput!) { importHouseholds(input: $i) { succeeded rows applied unchanged } }",
            new { i = new { groupId = fixture.Tree.Group, format = "FILE_BASE64", content = Convert.ToBase64String(file) } }))["importHouseholds"]!;

        Assert.Equal((true, 1, 0, 1), (report["succeeded"]!.GetValue<bool>(), report["rows"]!.GetValue<int>(), report["applied"]!.GetValue<int>(), report["unchanged"]!.GetValue<int>()));
    }
}
