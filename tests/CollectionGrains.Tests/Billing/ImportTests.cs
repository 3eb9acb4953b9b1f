using System.IO.Compression;
using System.Text;
using CollectionGrains.Billing;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Billing;

public sealed class ImportTests
{
    private const string Header = "楼栋路径,房号,面积,业主姓名,客户类型,电话,空置,入住日期";

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    [Fact]
    public async Task Households_import_from_csv_and_importing_the_same_file_again_changes_nothing()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("import"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var import = silo.Grains.GetGrain<IImportGrain>(tree.Group);
        var file = Csv(Header,
            "幸福里/一区/1栋,1-101,89.50,张伟,个人,13800138000;0755-1234567,否,2020-05-01",
            "幸福里/一区/2栋,2-201,120,\"深圳市某某科技有限公司\",企业,,是,",
            "幸福里/二区/3栋,3-301,75.25,李娜,个人,13900139000,否,2021-01-15");

        var first = await import.ImportHouseholdsAsync(file);
        var second = await import.ImportHouseholdsAsync(file);

        Assert.Equal((3, 3, 0), (first.Rows, first.Applied, first.Unchanged));
        Assert.True(first.Succeeded);
        Assert.Equal((3, 0, 3), (second.Rows, second.Applied, second.Unchanged));
        var company = await silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[1]}/2-201").GetProfileAsync();
        Assert.Equal((CustomerType.Corporate, true, 120m, tree.Project), (company!.CustomerType, company.IsVacant, company.Area, company.ProjectId));
        await BillingTables.WaitForAsync($"SELECT count(*) = 3 FROM billing.household WHERE project_id = '{tree.Project}'");
    }

    [Fact]
    public async Task Households_import_from_xlsx()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("import"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var workbook = XlsxWriter.Write("户", Header.Split(','), [
            ["幸福里/一区/1栋", "1-102", "66.6", "王芳", "个人", "13700137000", "否", "2019-09-09"],
        ]);

        var report = await silo.Grains.GetGrain<IImportGrain>(tree.Group).ImportHouseholdsAsync(workbook);

        Assert.Equal((1, 1), (report.Rows, report.Applied));
        var profile = await silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/1-102").GetProfileAsync();
        Assert.Equal((66.6m, "王芳", new DateOnly(2019, 9, 9)), (profile!.Area, profile.OwnerName, profile.MoveInDate));
    }

    [Fact]
    public async Task A_sheet_finds_its_buildings_in_the_projects_it_names_and_a_path_two_projects_share_is_refused()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("import"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        // Two more projects in the branch: 锦绣华庭, and a second 幸福里 whose 一区/1栋 makes that path ambiguous.
        var (other, twin) = ($"{tree.Project}-jx", $"{tree.Project}-twin");
        await OrgTree.Node(silo.Grains, other).CreateAsync("锦绣华庭", CollectionGrains.Organisation.OrgLevel.Project, tree.Branch);
        await OrgTree.Node(silo.Grains, $"{other}-z").CreateAsync("1区", CollectionGrains.Organisation.OrgLevel.Zone, other);
        await OrgTree.Node(silo.Grains, $"{other}-b").CreateAsync("5栋", CollectionGrains.Organisation.OrgLevel.Building, $"{other}-z");
        await OrgTree.Node(silo.Grains, twin).CreateAsync("幸福里", CollectionGrains.Organisation.OrgLevel.Project, tree.Branch);
        await OrgTree.Node(silo.Grains, $"{twin}-z").CreateAsync("一区", CollectionGrains.Organisation.OrgLevel.Zone, twin);
        await OrgTree.Node(silo.Grains, $"{twin}-b").CreateAsync("1栋", CollectionGrains.Organisation.OrgLevel.Building, $"{twin}-z");
        var import = silo.Grains.GetGrain<IImportGrain>(tree.Group);

        var jinxiu = await import.ImportHouseholdsAsync(Csv(Header, "锦绣华庭/1区/5栋,5-101,88,王芳,个人,,否,"));
        var shared = await import.ImportHouseholdsAsync(Csv(Header, "幸福里/一区/1栋,1-101,89.5,张伟,个人,,否,", "幸福里/一区/2栋,2-201,90,李娜,个人,,否,"));

        Assert.Equal((1, 1), (jinxiu.Rows, jinxiu.Applied));
        Assert.Equal(other, (await silo.Grains.GetGrain<IHouseholdGrain>($"{other}-b/5-101").GetProfileAsync())!.ProjectId);
        var error = Assert.Single(shared.Errors);
        Assert.Equal((2, "楼栋路径"), (error.Row, error.Column));   // only the path both 幸福里 hold
        Assert.Null(await silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[1]}/2-201").GetProfileAsync());
    }

    [Fact]
    public async Task A_file_with_any_bad_row_imports_nothing_and_reports_every_error_with_row_and_column()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("import"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var file = Csv(Header,
            "幸福里/一区/1栋,1-101,89.5,张伟,个人,13800138000,否,2020-05-01",
            "幸福里/一区/1栋,1-103,90,赵强,个人,,否,2020-13-45",
            "幸福里/一区/1栋,1-104,-3,钱敏,个人,,否,",
            "幸福里/九区/9栋,9-901,80,孙丽,个人,,否,",
            "幸福里/一区/1栋,1-101,70,周杰,个人,,否,");

        var report = await silo.Grains.GetGrain<IImportGrain>(tree.Group).ImportHouseholdsAsync(file);

        Assert.False(report.Succeeded);
        Assert.Equal(0, report.Applied);
        Assert.Contains(report.Errors, e => e is { Row: 3, Column: "入住日期" });
        Assert.Contains(report.Errors, e => e is { Row: 4, Column: "面积" });
        Assert.Contains(report.Errors, e => e is { Row: 5, Column: "楼栋路径" });
        Assert.Contains(report.Errors, e => e is { Row: 6, Column: "房号" } && e.Message.Contains("第 2 行"));
        Assert.Null(await silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/1-101").GetProfileAsync());
    }

    [Fact]
    public async Task A_damaged_workbook_is_reported_as_unreadable_and_imports_nothing()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("import"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        // A well-formed package whose only cell points at a shared string that is not there.
        var damaged = ReplaceSheet(XlsxWriter.Write("户", Header.Split(','), []),
            """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>""");

        var report = await silo.Grains.GetGrain<IImportGrain>(tree.Group).ImportHouseholdsAsync(damaged);

        Assert.False(report.Succeeded);
        Assert.Contains("无法读取", Assert.Single(report.Errors).Message);
        Assert.Null(await silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/1-105").GetProfileAsync());
    }

    [Fact]
    public async Task Opening_arrears_and_a_bank_withholding_file_import_once()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("import"));
        var tree = await OrgTree.CreateAsync(silo.Grains);
        var import = silo.Grains.GetGrain<IImportGrain>(tree.Group);
        Assert.True((await import.ImportHouseholdsAsync(Csv(Header, "幸福里/一区/1栋,1-101,100,张伟,个人,,否,"))).Succeeded);
        var arrears = Csv("楼栋路径,房号,收费项目编码,收费项目,账期,应缴日期,欠费金额",
            "幸福里/一区/1栋,1-101,property,物业费,2024-11,2024-11-15,250.00",
            "幸福里/一区/1栋,1-101,property,物业费,2024-12,2024-12-15,250.00");

        var first = await import.ImportOpeningArrearsAsync(arrears);
        var again = await import.ImportOpeningArrearsAsync(arrears);
        var bank = Csv("流水号,楼栋路径,房号,金额,扣款时间", "BK20261101-0001,幸福里/一区/1栋,1-101,300.00,2026-11-01");
        var paid = await import.ImportBankWithholdingAsync(bank);
        var paidAgain = await import.ImportBankWithholdingAsync(bank);
        var conflicting = await import.ImportBankWithholdingAsync(
            Csv("流水号,楼栋路径,房号,金额,扣款时间", "BK20261101-0001,幸福里/一区/1栋,1-101,301.00,2026-11-01"));

        Assert.Equal((2, 0), (first.Applied, first.Unchanged));
        Assert.Equal((0, 2), (again.Applied, again.Unchanged));
        Assert.Equal((1, 0), (paid.Applied, paid.Unchanged));
        Assert.Equal((0, 1), (paidAgain.Applied, paidAgain.Unchanged));
        Assert.False(conflicting.Succeeded);
        var household = silo.Grains.GetGrain<IHouseholdGrain>($"{tree.Buildings[0]}/1-101");
        Assert.Single(await household.GetPaymentsAsync());
        var statement = await household.GetArrearsAsync(null);
        Assert.Equal(2, (await household.GetBillsAsync(null)).Count);
        // 300 paid on 2026-11-01: the November 2024 bill's late fee first, then its principal; December stays open.
        var november = (await household.GetBillsAsync(null)).Single(b => b.Period.ToString() == "2024-11");
        Assert.Equal(300m, november.LateFeePaid + november.PrincipalPaid);
        Assert.Equal(500m - november.PrincipalPaid, statement.Principal);
    }

    private static byte[] ReplaceSheet(byte[] workbook, string sheetXml)
    {
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var source = new ZipArchive(new MemoryStream(workbook)))
        {
            foreach (var entry in source.Entries)
            {
                using var writer = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
                {
                    writer.Write(Encoding.UTF8.GetBytes(sheetXml));
                }
                else
                {
                    using var reader = entry.Open();
                    reader.CopyTo(writer);
                }
            }
        }
        return output.ToArray();
    }
}
