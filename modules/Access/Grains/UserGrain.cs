using CollectionGrains.Access.Rules;
using Microsoft.AspNetCore.Identity;

namespace CollectionGrains.Access;

/// <summary>One user: account, password hash (ASP.NET Core Identity's PBKDF2 hasher) and the failed logins of the window.</summary>
internal sealed class UserGrain([PersistentState("user")] IPersistentState<UserState> user) : Grain, IUserGrain
{
    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>Checked when the user does not exist, so an unknown name costs as long as a wrong password.</summary>
    private static readonly string UnknownUserHash = Hasher.HashPassword("", Guid.NewGuid().ToString());

    private readonly FailedLoginWindow _failures = LoginLimits.ForUser();

    private string Username => this.GetPrimaryKeyString();

    public async Task<UserAccount> CreateAsync(NewUser request)
    {
        if (UserRules.Problem(request, Username) is { } problem)
        {
            throw new AccessRejectedException(problem);
        }
        if (user.State.Account is { } existing)
        {
            return existing == request.Account && Verify(request.Password) != PasswordVerificationResult.Failed
                ? existing
                : throw new AccessRejectedException($"a different user named '{Username}' already exists");
        }
        user.State.Account = request.Account;
        user.State.PasswordHash = Hasher.HashPassword(Username, request.Password);
        await user.WriteStateAsync();
        return request.Account;
    }

    public Task<UserAccount?> GetAsync() => Task.FromResult(user.State.Account);

    public async Task<LoginResult> LogInAsync(string password, string address)
    {
        var now = DateTimeOffset.UtcNow;
        var addressThrottle = GrainFactory.GetGrain<ILoginThrottleGrain>(address);
        var retryAfter = Longest(_failures.RetryAfter(now), await addressThrottle.GetRetryAfterAsync());
        var scope = user.State.Account?.ScopeNodeId;
        if (retryAfter is not null)
        {
            return new LoginResult(null, retryAfter, scope);
        }
        var verified = Verify(password);
        if (verified == PasswordVerificationResult.Failed || user.State.Account is null || user.State.Disabled)
        {
            _failures.RecordFailure(now);
            DelayDeactivation(LoginLimits.Window);
            await addressThrottle.RecordFailureAsync();
            return new LoginResult(null, null, scope);
        }
        _failures.Reset();
        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.State.PasswordHash = Hasher.HashPassword(Username, password);
            await user.WriteStateAsync();
        }
        return new LoginResult(user.State.Account, null, scope, user.State.SessionVersion);
    }

    public Task<UserSession?> GetSessionAsync() => Task.FromResult(Session());

    public async Task<UserSession> RevokeSessionsAsync()
    {
        RequireAccount();
        user.State.SessionVersion++;
        await user.WriteStateAsync();
        return Session()!;
    }

    public async Task<UserSession> SetDisabledAsync(bool disabled)
    {
        RequireAccount();
        if (user.State.Disabled != disabled)
        {
            user.State.Disabled = disabled;
            user.State.SessionVersion++;
            await user.WriteStateAsync();
        }
        return Session()!;
    }

    private UserSession? Session() =>
        user.State.Account is { } account ? new UserSession(account, user.State.SessionVersion, user.State.Disabled) : null;

    private void RequireAccount()
    {
        if (user.State.Account is null)
        {
            throw new AccessRejectedException($"no user named '{Username}'");
        }
    }

    private PasswordVerificationResult Verify(string password)
    {
        if (user.State.Account is null)
        {
            Hasher.VerifyHashedPassword("", UnknownUserHash, password);
            return PasswordVerificationResult.Failed;
        }
        return Hasher.VerifyHashedPassword(Username, user.State.PasswordHash, password);
    }

    private static TimeSpan? Longest(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
