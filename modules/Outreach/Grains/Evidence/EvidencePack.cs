using System.Globalization;
using System.IO.Compression;
using System.Text;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Outreach.Evidence;

/// <summary>
/// 证据包: what a lawyer needs to file for one household, as one zip — a summary, the bills, the payments, every contact,
/// every notice with its delivery and the PDF exactly as sent (checked against its SHA-256), and the legal steps.
/// Sheets are CSV (UTF-8 with BOM, for Excel and WPS).
/// </summary>
internal static class EvidencePack
{
    public sealed record Contents(
        HouseholdProfile Profile, ArrearsStatement Arrears, IReadOnlyList<BillBalance> Bills, IReadOnlyList<PaymentReceipt> Payments,
        IReadOnlyList<ContactRecord> Contacts, IReadOnlyList<Notice> Notices, IReadOnlyDictionary<string, byte[]> NoticePdfs,
        IReadOnlyList<LegalStepRequest> LegalSteps, Limitation Limitation, DateTimeOffset MadeAt);

    public static byte[] Write(Contents c)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "说明.txt", Encoding.UTF8.GetBytes(Summary(c)));
            Add(archive, "账单.csv", CsvWriter.Write(["账单编号", "收费项目", "账期", "应缴日", "应收", "已缴", "已减免", "违约金", "违约金已缴", "违约金已减免", "尚欠"],
                c.Bills.Select(b => (IReadOnlyList<object?>)[b.BillId, b.ItemName, b.Period.ToString(), b.DueDate, b.Principal, b.PrincipalPaid, b.PrincipalWaived,
                    b.LateFeeAccrued, b.LateFeePaid, b.LateFeeWaived, b.TotalDue])));
            Add(archive, "缴费记录.csv", CsvWriter.Write(["缴费编号", "缴费时间", "金额", "渠道", "已冲销"],
                c.Payments.Select(p => (IReadOnlyList<object?>)[p.PaymentId, Time(p.PaidAt), p.Amount, p.Channel.ToString(), p.Reversed ? "是" : "否"])));
            Add(archive, "催收记录.csv", CsvWriter.Write(["记录编号", "时间", "方式", "渠道", "结果分类", "接通", "承诺日期", "承诺金额", "欠费原因", "备注", "记录人", "当时欠费"],
                c.Contacts.OrderBy(r => r.At).Select(r => (IReadOnlyList<object?>)[r.ContactId, Time(r.At), r.Request.Method.ToString(), r.Request.Channel,
                    r.Request.Outcome.ToString(), r.Request.Answered ? "是" : "否", r.Request.PromisedDate, r.Request.PromisedAmount, r.Request.Reason?.Text,
                    r.Request.Notes, r.Collector, r.AmountOwed])));
            Add(archive, "通知与送达.csv", CsvWriter.Write(["通知编号", "类型", "发出时间", "发出人", "缴纳期限", "当时欠费", "模板版本", "PDF SHA-256", "送达日期", "送达方式", "送达凭证"],
                c.Notices.OrderBy(n => n.IssuedAt).Select(n => (IReadOnlyList<object?>)[n.NoticeId, n.Kind.ToString(), Time(n.IssuedAt), n.IssuedBy, n.Deadline,
                    n.AmountOwed, n.TemplateVersion, n.DocumentHash, n.Delivery?.DeliveredOn, n.Delivery?.Method, n.Delivery?.Proof])));
            Add(archive, "法律程序.csv", CsvWriter.Write(["申请编号", "步骤", "状态", "理由", "申请人", "申请时间", "审批人", "审批时间", "审批意见", "案号", "法院", "立案日期"],
                c.LegalSteps.Select(s => (IReadOnlyList<object?>)[s.RequestId, s.Step.ToString(), s.Status.ToString(), s.Reason, s.RequestedBy, Time(s.RequestedAt),
                    s.DecidedBy, s.DecidedAt is { } at ? Time(at) : null, s.DecisionNote, s.Lawsuit?.CaseNumber, s.Lawsuit?.Court, s.Lawsuit?.FiledOn])));
            foreach (var notice in c.Notices.Where(n => c.NoticePdfs.ContainsKey(n.NoticeId)))
            {
                Add(archive, $"通知/{notice.NoticeId}-{notice.Kind}.pdf", c.NoticePdfs[notice.NoticeId]);
            }
        }
        return zip.ToArray();
    }

    private static string Summary(Contents c) => string.Join("\r\n",
        "证据包 / Evidence pack",
        $"户：{c.Profile.HouseholdId}　房号：{c.Profile.Room}　业主：{c.Profile.OwnerName}　电话：{string.Join("、", c.Profile.Phones)}",
        $"制作时间：{Time(c.MadeAt)}",
        $"截至{c.Arrears.AsOf:yyyy-MM-dd}尚欠：{Money.Yuan(c.Arrears.Total)}（本金 {Money.Yuan(c.Arrears.Principal)}，违约金 {Money.Yuan(c.Arrears.LateFee)}），最早应缴日 {c.Arrears.OldestDueDate:yyyy-MM-dd}",
        $"诉讼时效最早届满：{c.Limitation.EarliestExpiry:yyyy-MM-dd}",
        $"账单 {c.Bills.Count} 笔，缴费 {c.Payments.Count} 笔，催收记录 {c.Contacts.Count} 条，通知 {c.Notices.Count} 份（PDF 与发出时一致，可按 SHA-256 核对），法律程序 {c.LegalSteps.Count} 项。",
        "");

    private static string Time(DateTimeOffset at) => at.ToOffset(BusinessCalendar.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static void Add(ZipArchive archive, string name, byte[] content)
    {
        using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
