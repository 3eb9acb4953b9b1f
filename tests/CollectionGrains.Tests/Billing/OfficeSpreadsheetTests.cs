using System.Text;
using System.Xml.Linq;
using CollectionGrains.Billing;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Billing;

/// <summary>
/// Files this project did not write: a household sheet as an office keeps it (a merged title row above the header,
/// Chinese headers, dates shown as 2024年3月15日 and 2023/12/1, areas and phones stored as text), saved by LibreOffice as
/// .xlsx and as GB18030 CSV; and an export opened back by LibreOffice.
/// </summary>
public sealed class OfficeSpreadsheetTests
{
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    [Fact]
    public async Task A_household_sheet_saved_by_LibreOffice_imports_alike_as_xlsx_and_as_GB18030_csv()
    {
        var sheet = Encoding.UTF8.GetBytes(OfficeSheets.Households);
        var xlsx = await LibreOffice.ConvertAsync(sheet, "fods", "xlsx");
        var csv = await LibreOffice.ConvertAsync(sheet, "fods", LibreOffice.Gb18030Csv);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(csv));   // really not UTF-8

        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("office"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var import = silo.Grains.GetGrain<IImportGrain>(tree.Group);

        var fromXlsx = await import.ImportHouseholdsAsync(xlsx);
        var fromCsv = await import.ImportHouseholdsAsync(csv);

        Assert.True(fromXlsx.Succeeded, string.Join("; ", fromXlsx.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
        Assert.Equal((2, 2, 0), (fromXlsx.Rows, fromXlsx.Applied, fromXlsx.Unchanged));
        Assert.True(fromCsv.Succeeded, string.Join("; ", fromCsv.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
        Assert.Equal((2, 0, 2), (fromCsv.Rows, fromCsv.Applied, fromCsv.Unchanged));   // the same households, read alike
        var zhang = await silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/1-101").GetProfileAsync();
        var company = await silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[1]}/2-201").GetProfileAsync();
        Assert.Equal((89.50m, new DateOnly(2024, 3, 15), "张伟", "13800138000"), (zhang!.Area, zhang.MoveInDate, zhang.OwnerName, zhang.Phones.Single()));
        Assert.Equal((120m, new DateOnly(2023, 12, 1), CustomerType.Corporate), (company!.Area, company.MoveInDate, company.CustomerType));
    }

    [Fact]
    public async Task A_sheet_with_a_bad_row_is_refused_with_the_row_as_the_office_sees_it_in_Chinese()
    {
        var xlsx = await LibreOffice.ConvertAsync(Encoding.UTF8.GetBytes(OfficeSheets.Households.Replace("89.50", "八十九")), "fods", "xlsx");
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("office"));
        var tree = await OrgTree.CreateAsync(silo.Grains);

        var report = await silo.Grains.GetGrain<IImportGrain>(tree.Group).ImportHouseholdsAsync(xlsx);

        var error = Assert.Single(report.Errors);
        Assert.Equal((3, "面积"), (error.Row, error.Column));   // row 1 is the title, row 2 the header
        Assert.Contains("不是数字", error.Message);
        Assert.Null(await silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[1]}/2-201").GetProfileAsync());
    }

    [Fact]
    public async Task An_arrears_export_opened_by_LibreOffice_has_its_amounts_as_numbers_and_no_formula()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("office"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var import = silo.Grains.GetGrain<IImportGrain>(tree.Group);
        Assert.True((await import.ImportHouseholdsAsync(Encoding.UTF8.GetBytes(
            "楼栋路径,房号,面积,业主姓名\n幸福里/一区/1栋,1-101,89.5,\"=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"\n"))).Succeeded);
        Assert.True((await import.ImportOpeningArrearsAsync(Encoding.UTF8.GetBytes(
            "楼栋路径,房号,收费项目编码,收费项目,账期,应缴日期,欠费金额\n幸福里/一区/1栋,1-101,property,物业费,2025-03,2025-03-15,1234.50\n"))).Succeeded);
        var list = silo.Grains.GetGrain<IArrearsListGrain>(tree.Project);
        await Eventually.TrueAsync(async () => (await list.GetPageAsync(new ArrearsFilter(), ArrearsOrder.Room, 10, null)).TotalCount == 1,
            TimeSpan.FromSeconds(15), "the household is on the arrears list");

        var opened = XDocument.Parse(Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(
            await list.ExportAsync(new ArrearsFilter(), ArrearsOrder.Room, ExportFormat.Xlsx), "xlsx", "fods")));

        var row = opened.Descendants(TableNs + "table-row").ElementAt(1).Elements(TableNs + "table-cell")
            .SelectMany(c => Enumerable.Repeat(c, (int?)c.Attribute(TableNs + "number-columns-repeated") ?? 1)).ToList();
        Assert.True(row.Count > 9, opened.Descendants(TableNs + "table-row").ElementAt(1).ToString());
        Assert.Equal(("float", "1234.5"), ((string?)row[7].Attribute(Office + "value-type"), (string?)row[7].Attribute(Office + "value")));
        Assert.Equal("float", (string?)row[9].Attribute(Office + "value-type"));
        Assert.DoesNotContain(opened.Descendants(), e => e.Attribute(TableNs + "formula") is not null);
        Assert.StartsWith("'=HYPERLINK", row[3].Value);
    }
}
