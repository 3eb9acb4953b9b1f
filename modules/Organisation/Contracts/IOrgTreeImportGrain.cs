using CollectionGrains.Kernel.Tabular;
using Orleans.Concurrency;

namespace CollectionGrains.Organisation;

/// <summary>
/// Imports an organisation tree from one sheet into a group (key: group node id): one row per building with its
/// region, branch, project, zone and building (names, optional codes, optional address and coordinates). What is
/// missing is created, nothing that exists is changed; any error means nothing is created.
/// </summary>
public interface IOrgTreeImportGrain : IGrainWithStringKey
{
    [ResponseTimeout("00:10:00")]
    Task<ImportReport> ImportAsync(byte[] file);
}
