using CollectionGrains.Access;
using CollectionGrains.Access.Rules;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Access;

/// <summary>An address that tries many names is stopped, even for a name it never tried (a silo of its own: the limit is per cluster).</summary>
public sealed class AddressLimitTests
{
    [Fact]
    public async Task After_twenty_failures_from_one_address_even_a_right_password_waits()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("addr"));
        const string login = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }";
        await api.Grains.GetGrain<IUserGrain>("honest-user").CreateAsync(new NewUser(new UserAccount("honest-user", "诚实用户", Role.Collector, "any-project"), "right-password"));
        for (var i = 0; i < LoginLimits.PerAddress; i++)
        {
            await api.PostAsync(login, new { u = $"guess-{i}", p = "password" });
        }

        var (_, body) = await api.PostAsync(login, new { u = "honest-user", p = "right-password" });

        Assert.StartsWith("too many failed logins", body["errors"]![0]!["message"]!.GetValue<string>());
    }
}
