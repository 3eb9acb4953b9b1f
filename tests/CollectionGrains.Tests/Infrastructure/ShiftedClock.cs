using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.Infrastructure;

/// <summary>Business time that a test can move forward (the Orleans runtime keeps the real time).</summary>
public sealed class ShiftedClock() : BusinessClock(TimeProvider.System)
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset Now => base.Now + Shift;
}
