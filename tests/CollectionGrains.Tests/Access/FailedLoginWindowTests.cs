using CollectionGrains.Access.Rules;

namespace CollectionGrains.Tests.Access;

public sealed class FailedLoginWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_limit_th_failure_makes_the_next_attempt_wait_until_the_oldest_leaves_the_window()
    {
        var window = new FailedLoginWindow(3, TimeSpan.FromMinutes(15));
        window.RecordFailure(T0);
        window.RecordFailure(T0.AddMinutes(1));
        Assert.Null(window.RetryAfter(T0.AddMinutes(2)));
        window.RecordFailure(T0.AddMinutes(2));

        Assert.Equal(TimeSpan.FromMinutes(12), window.RetryAfter(T0.AddMinutes(3)));
        Assert.Null(window.RetryAfter(T0.AddMinutes(15)));  // the first failure has left the window
    }

    [Fact]
    public void A_success_forgets_the_failures()
    {
        var window = LoginLimits.ForUser();
        for (var i = 0; i < LoginLimits.PerUser; i++)
        {
            window.RecordFailure(T0);
        }
        Assert.NotNull(window.RetryAfter(T0));
        window.Reset();
        Assert.Null(window.RetryAfter(T0));
    }
}
