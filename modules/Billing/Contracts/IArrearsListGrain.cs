namespace CollectionGrains.Billing;

/// <summary>
/// The arrears list (欠费清单) of any organisation node (key: node id): every household in arrears below it, from the
/// live totals its buildings hold, filtered, sorted and paged; exportable with the columns of the classic record sheet.
/// </summary>
public interface IArrearsListGrain : IGrainWithStringKey
{
    Task<ArrearsPage> GetPageAsync(ArrearsFilter filter, ArrearsOrder order, int first, string? after);

    [ResponseTimeout("00:05:00")]
    Task<byte[]> ExportAsync(ArrearsFilter filter, ArrearsOrder order, ExportFormat format);
}
