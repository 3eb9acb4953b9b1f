namespace CollectionGrains.Kernel;

/// <summary>
/// Whether this process runs the Orleans Dashboard (<c>CG_DASHBOARD</c>: on unless <c>off</c>). Off, the silo keeps no
/// dashboard counters and profiles no grain call, and <c>/dashboard</c> is not served.
/// </summary>
public static class DashboardSetting
{
    public static bool IsOn => !string.Equals(Environment.GetEnvironmentVariable("CG_DASHBOARD"), "off", StringComparison.OrdinalIgnoreCase);
}
