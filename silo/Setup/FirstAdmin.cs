using System.Security.Cryptography;
using CollectionGrains.Access;
using CollectionGrains.Organisation;

namespace CollectionGrains.Silo.Setup;

/// <summary>
/// A system without the demo starts with one group (CG_GROUP_ID, named CG_GROUP_NAME) and its first group admin
/// (CG_ADMIN_USERNAME): everything else is built through the API. The admin's password is CG_ADMIN_PASSWORD, or one
/// generated and printed once, at the start that creates the admin, which must be changed at first sign-in.
/// </summary>
internal sealed class FirstAdmin(IConfiguration configuration, IGrainFactory grains, IHostApplicationLifetime lifetime, ILogger<FirstAdmin> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);
        var groupId = Setting("CG_GROUP_ID", "group");
        var username = Setting("CG_ADMIN_USERNAME", "admin");
        try
        {
            await grains.GetGrain<IOrgNodeGrain>(groupId).CreateAsync(Setting("CG_GROUP_NAME", "集团"), OrgLevel.Group, null);
            var admin = grains.GetGrain<IUserGrain>(username);
            if (await admin.GetAsync() is not null)
            {
                return;
            }
            var given = configuration["CG_ADMIN_PASSWORD"] is { Length: > 0 } password ? password : null;
            var initial = given ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'k').Replace('/', 'm');
            await admin.CreateAsync(new NewUser(new UserAccount(username, "集团管理员", Role.GroupAdmin, groupId), initial, MustChangePassword: given is null));
            if (given is null)
            {
                // Shown once, on the console of the start that created the admin; the admin replaces it at first sign-in.
                Console.WriteLine($"first admin: username {username}, password {initial} (shown once; change it at first sign-in with changeMyPassword)");
            }
            logger.FirstAdminCreated(username, groupId);
        }
        catch (AccessRejectedException e)
        {
            // Another silo created the admin at the same moment, or CG_ADMIN_PASSWORD breaks the password policy.
            logger.FirstAdminNotCreated(username, e.Message);
        }
    }

    private string Setting(string name, string fallback) => configuration[name] is { Length: > 0 } value ? value : fallback;
}
