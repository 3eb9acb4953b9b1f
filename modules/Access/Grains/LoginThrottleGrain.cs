using CollectionGrains.Access.Rules;

namespace CollectionGrains.Access;

/// <summary>Failed logins of one address over the window, in memory: a restart forgives them, which only helps the honest.</summary>
internal sealed class LoginThrottleGrain : Grain, ILoginThrottleGrain
{
    private readonly FailedLoginWindow _failures = LoginLimits.ForAddress();

    public Task<TimeSpan?> GetRetryAfterAsync() => Task.FromResult(_failures.RetryAfter(DateTimeOffset.UtcNow));

    public Task RecordFailureAsync()
    {
        _failures.RecordFailure(DateTimeOffset.UtcNow);
        DelayDeactivation(LoginLimits.Window);
        return Task.CompletedTask;
    }
}
