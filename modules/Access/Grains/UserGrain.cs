using CollectionGrains.Access.Rules;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace CollectionGrains.Access;

/// <summary>
/// One user: account, password hash (ASP.NET Core Identity's PBKDF2 hasher) and the failed logins of the window. Each
/// change is stored, then copied to the listing (access.user_account); a repeated call copies it again.
/// </summary>
internal sealed class UserGrain([PersistentState("user")] IPersistentState<UserState> user, NpgsqlDataSource database) : Grain, IUserGrain
{
    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>Checked when the user does not exist, so an unknown name costs as long as a wrong password.</summary>
    private static readonly string UnknownUserHash = Hasher.HashPassword("", Guid.NewGuid().ToString());

    private readonly FailedLoginWindow _failures = LoginLimits.ForUser();

    private string Username => this.GetPrimaryKeyString();

    public async Task<UserAccount> CreateAsync(NewUser request)
    {
        if (user.State.Account is { } existing)
        {
            if (existing != request.Account || Verify(request.Password) == PasswordVerificationResult.Failed)
            {
                throw new AccessRejectedException($"a different user named '{Username}' already exists");
            }
            await UserDirectory.WriteAsync(database, Session()!);
            return existing;
        }
        Reject(UserRules.Problem(request, Username));
        user.State.Account = request.Account;
        user.State.PasswordHash = Hasher.HashPassword(Username, request.Password);
        user.State.MustChangePassword = request.MustChangePassword;
        await SaveAsync();
        return request.Account;
    }

    public async Task<UserAccount> ProvisionAsync(NewUser request)
    {
        Reject(UserRules.Problem(request, Username));
        var same = user.State.Account == request.Account && user.State.MustChangePassword == request.MustChangePassword
            && Verify(request.Password) != PasswordVerificationResult.Failed;
        if (!same)
        {
            user.State.SessionVersion += user.State.Account is null ? 0 : 1;
            user.State.Account = request.Account;
            user.State.PasswordHash = Hasher.HashPassword(Username, request.Password);
            user.State.MustChangePassword = request.MustChangePassword;
        }
        await (same ? UserDirectory.WriteAsync(database, Session()!) : SaveAsync());
        return request.Account;
    }

    public Task<UserAccount?> GetAsync() => Task.FromResult(user.State.Account);

    public async Task<LoginResult> LogInAsync(string password, string address)
    {
        if (await CheckPasswordAsync(password, address) is { } refused)
        {
            return refused;
        }
        var result = new LoginResult(user.State.Account, null, user.State.Account!.ScopeNodeId, user.State.SessionVersion);
        return user.State.MustChangePassword ? result with { Account = null, SessionVersion = 0, MustChangePassword = true } : result;
    }

    public async Task<LoginResult> ChangePasswordAsync(string currentPassword, string newPassword, string address)
    {
        if (await CheckPasswordAsync(currentPassword, address) is { } refused)
        {
            return refused;
        }
        Reject(PasswordPolicy.Problem(newPassword, Username));
        if (newPassword == currentPassword)
        {
            throw new AccessRejectedException("新密码不能与原密码相同 (the new password must differ from the current one)");
        }
        user.State.PasswordHash = Hasher.HashPassword(Username, newPassword);
        user.State.MustChangePassword = false;
        user.State.SessionVersion++;
        await SaveAsync();
        return new LoginResult(user.State.Account, null, user.State.Account!.ScopeNodeId, user.State.SessionVersion);
    }

    public Task<UserSession?> GetSessionAsync() => Task.FromResult(Session());

    public Task<UserSession> RevokeSessionsAsync() => ChangeAsync(() => user.State.SessionVersion++);

    public Task<UserSession> SetDisabledAsync(bool disabled) => ChangeAsync(() =>
    {
        if (user.State.Disabled != disabled)
        {
            user.State.Disabled = disabled;
            user.State.SessionVersion++;
        }
    });

    public Task<UserSession> UpdateAsync(UserAccount account)
    {
        Reject(UserRules.AccountProblem(account, Username));
        return ChangeAsync(() => user.State.Account = account);
    }

    public Task<UserSession> ResetPasswordAsync(string newPassword)
    {
        Reject(PasswordPolicy.Problem(newPassword, Username));
        return ChangeAsync(() =>
        {
            user.State.PasswordHash = Hasher.HashPassword(Username, newPassword);
            user.State.MustChangePassword = true;
            user.State.SessionVersion++;
        });
    }

    /// <summary>
    /// A password check counted like a login: null when the password is right, else the refusal (too many failures, a
    /// wrong password, a disabled or unknown user).
    /// </summary>
    private async Task<LoginResult?> CheckPasswordAsync(string password, string address)
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
        return null;
    }

    private async Task<UserSession> ChangeAsync(Action change)
    {
        if (user.State.Account is null)
        {
            throw new AccessRejectedException($"no user named '{Username}'");
        }
        change();
        await SaveAsync();
        return Session()!;
    }

    private async Task SaveAsync()
    {
        await user.WriteStateAsync();
        await UserDirectory.WriteAsync(database, Session()!);
    }

    private UserSession? Session() => user.State.Account is { } account
        ? new UserSession(account, user.State.SessionVersion, user.State.Disabled, user.State.MustChangePassword)
        : null;

    private static void Reject(string? problem)
    {
        if (problem is not null)
        {
            throw new AccessRejectedException(problem);
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
