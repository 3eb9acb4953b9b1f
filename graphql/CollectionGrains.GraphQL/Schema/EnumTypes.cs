using CollectionGrains.Billing;
using CollectionGrains.Organisation;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class OrgLevelGraphType : EnumerationGraphType<OrgLevel>
{
    public OrgLevelGraphType() => Name = "OrgLevel";
}

internal sealed class ChildOrderGraphType : EnumerationGraphType<ChildOrder>
{
    public ChildOrderGraphType() => Name = "ChildOrder";
}

internal sealed class ArrearsOrderGraphType : EnumerationGraphType<ArrearsOrder>
{
    public ArrearsOrderGraphType() => Name = "ArrearsOrder";
}

internal sealed class PaymentChannelGraphType : EnumerationGraphType<PaymentChannel>
{
    public PaymentChannelGraphType() => Name = "PaymentChannel";
}

internal sealed class CustomerTypeGraphType : EnumerationGraphType<CustomerType>
{
    public CustomerTypeGraphType() => Name = "CustomerType";
}

internal sealed class WaiverKindGraphType : EnumerationGraphType<WaiverKind>
{
    public WaiverKindGraphType() => Name = "WaiverKind";
}

internal sealed class FileFormatGraphType : EnumerationGraphType
{
    public FileFormatGraphType()
    {
        Name = "FileFormat";
        Add("CSV", FileFormat.Csv, "CSV as text (UTF-8).");
        Add("XLSX_BASE64", FileFormat.XlsxBase64, "An .xlsx workbook, base64-encoded.");
        Add("FILE_BASE64", FileFormat.FileBase64, "The file's bytes as saved, base64-encoded: .xlsx, or CSV in UTF-8 or GB18030 (Excel's CSV on a Chinese Windows).");
    }
}

/// <summary>账龄 buckets with names that read as the ranges they are.</summary>
internal sealed class AgeBucketGraphType : EnumerationGraphType
{
    public AgeBucketGraphType()
    {
        Name = "AgeBucket";
        Add("DAYS_0_30", AgeBucket.Days0To30, "0–30 days overdue");
        Add("DAYS_31_90", AgeBucket.Days31To90, "31–90 days overdue");
        Add("DAYS_91_180", AgeBucket.Days91To180, "91–180 days overdue");
        Add("DAYS_181_365", AgeBucket.Days181To365, "181–365 days overdue");
        Add("OVER_365", AgeBucket.Over365, "more than a year overdue");
    }
}

internal sealed class RoleGraphType : EnumerationGraphType<CollectionGrains.Access.Role>
{
    public RoleGraphType() => Name = "Role";
}
