using CollectionGrains.Kernel.Tabular;
using Orleans.Concurrency;

namespace CollectionGrains.Billing;

/// <summary>
/// Imports from spreadsheets (CSV or .xlsx) into one group (key: group node id). The whole file is validated first;
/// any bad row means nothing is imported and every error is reported with its row and column. Buildings are named
/// by their path below the group: <c>项目/管理区/楼栋</c> (project/zone/building).
/// </summary>
public interface IImportGrain : IGrainWithStringKey
{
    /// <summary>Columns: 楼栋路径, 房号, 面积, 业主姓名, 客户类型, 电话, 空置, 入住日期.</summary>
    [ResponseTimeout("00:10:00")]
    Task<ImportReport> ImportHouseholdsAsync(byte[] file);

    /// <summary>Historic unpaid bills. Columns: 楼栋路径, 房号, 收费项目编码, 收费项目, 账期, 应缴日期, 欠费金额.</summary>
    [ResponseTimeout("00:10:00")]
    Task<ImportReport> ImportOpeningArrearsAsync(byte[] file);

    /// <summary>A bank-withholding result file. Columns: 流水号, 楼栋路径, 房号, 金额, 扣款时间; each payment idempotent by 流水号.</summary>
    [ResponseTimeout("00:10:00")]
    Task<ImportReport> ImportBankWithholdingAsync(byte[] file);

    /// <summary>
    /// Charge items (收费标准). Columns: 项目, 收费项目编码, 收费项目, 计费方式, 周期, 单价, 应缴日, 空置折扣, 生效日期; each
    /// project's items take effect from their date (the first day of a month not billed yet), as setChargeItems does.
    /// </summary>
    [ResponseTimeout("00:10:00")]
    Task<ImportReport> ImportChargeItemsAsync(byte[] file);
}
