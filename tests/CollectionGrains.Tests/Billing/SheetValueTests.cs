using System.Text;
using CollectionGrains.Billing;
using CollectionGrains.Billing.Imports;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Tests.Billing;

/// <summary>Values and files as Chinese offices write them, and clear Chinese errors for what cannot be read.</summary>
public sealed class SheetValueTests
{
    [Theory]
    [InlineData("2024-03-15")]
    [InlineData("2024/3/15")]
    [InlineData("2024.3.15")]
    [InlineData("20240315")]
    [InlineData("2024年3月15日")]
    [InlineData("2024-03-15 00:00:00")]
    [InlineData("2024/3/15 8:30")]
    public void Dates_as_offices_write_them_are_read(string text)
    {
        var errors = new List<ImportError>();
        Assert.Equal(new DateOnly(2024, 3, 15), SheetValues.Date(text, 5, "入住日期", errors));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("89.50㎡", "89.50")]
    [InlineData("89.5 m²", "89.5")]
    [InlineData("1,234.50", "1234.50")]
    [InlineData("¥1,234.50", "1234.50")]
    [InlineData("１２０平方米", "120")]
    public void Numbers_with_units_currency_and_separators_are_read(string text, string expected)
    {
        var errors = new List<ImportError>();
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SheetValues.Decimal(text, 5, "面积", errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void A_bad_date_is_reported_in_Chinese_with_its_row_and_column()
    {
        var errors = new List<ImportError>();
        Assert.Null(SheetValues.Date("2024-13-45", 7, "入住日期", errors));
        Assert.Equal((7, "入住日期"), (errors.Single().Row, errors.Single().Column));
        Assert.Contains("不是日期", errors.Single().Message);
    }

    [Fact]
    public void A_GB18030_csv_with_a_title_row_reads_with_the_file_row_numbers()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Encoding.GetEncoding("GB18030").GetBytes("幸福里房户清单,,\r\n\r\n楼栋路径,房号,面积\r\n幸福里/一区/1栋,1-101,89.50\r\n");

        var table = Table.Read(file, ["楼栋路径", "房号", "面积"]);

        Assert.Equal(["楼栋路径", "房号", "面积"], table.Headers);
        Assert.Equal(3, table.HeaderRowNumber);
        Assert.Equal(4, table.RowNumber(0));
        Assert.Equal("89.50", table.Rows[0][2]);
    }

    [Fact]
    public void A_file_in_neither_UTF8_nor_GB18030_and_an_xls_workbook_get_clear_Chinese_errors()
    {
        var garbage = Assert.Throws<FormatException>(() => Table.Read([0x41, 0x2C, 0x42, 0x0A, 0xFF, 0xFE, 0x80, 0xFF, 0x0A]));
        Assert.Contains("既不是 UTF-8 也不是 GB18030", garbage.Message);
        var xls = Assert.Throws<FormatException>(() => Table.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));
        Assert.Contains(".xls", xls.Message);
    }

    [Fact]
    public void A_household_whose_id_would_not_fit_the_billing_tables_is_refused_with_its_row()
    {
        // billing.household.household_id is varchar(100): building id (70) + "/" + room (35) = 106 characters.
        var building = new string('b', 70);
        var rows = new List<(int, IReadOnlyList<string>)> { (1, ["楼栋路径", "房号", "面积", "业主姓名"]), (2, ["长编号项目/一区/1栋", new string('9', 35), "80", "王芳"]) };
        var (households, errors) = HouseholdSheet.Parse(Table.FromRows(rows, HouseholdSheet.ColumnNames),
            new Dictionary<string, BuildingRef> { ["长编号项目/一区/1栋"] = new(building, "p1") });

        Assert.Empty(households);
        Assert.Equal((2, "房号"), (errors.Single().Row, errors.Single().Column));
        Assert.NotEmpty(CollectionGrains.Billing.Charges.BillingInputRules.Problems(
            new HouseholdProfile($"{building}/{new string('9', 35)}", "p1", building, "9", 80m, "王芳", CustomerType.Individual, [], false, null, [])));
    }
}
