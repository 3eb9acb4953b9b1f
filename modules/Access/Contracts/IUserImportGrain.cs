using CollectionGrains.Kernel.Tabular;
using Orleans.Concurrency;

namespace CollectionGrains.Access;

/// <summary>
/// Imports users from a sheet into a group (key: group node id): 用户名, 姓名, 电话, 角色, 所属组织 (the scope node's
/// path of names below the group), 初始密码, and for collectors optionally 负责楼栋 (zones or zone/building of their
/// project, whose households become their package). Users are created with the password to change at first sign-in;
/// a user that exists with the same details is unchanged; any error means nothing is created.
/// </summary>
public interface IUserImportGrain : IGrainWithStringKey
{
    [ResponseTimeout("00:10:00")]
    Task<ImportReport> ImportAsync(byte[] file, string importedBy);
}
