using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CollectionGrains.Benchmarks;

/// <summary>Signs the benchmark's HTTP client in as the demo group admin (admin / CG_DEMO_PASSWORD or cg-demo-2026).</summary>
internal static class DemoLogin
{
    public static async Task SignInAsync(HttpClient http)
    {
        var password = Environment.GetEnvironmentVariable("CG_DEMO_PASSWORD") is { Length: > 0 } p ? p : "cg-demo-2026";
        // The demo users are created right after the demo group has loaded: give them a moment.
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.PostAsJsonAsync("/graphql", new
            {
                query = "mutation($p: String!) { login(input: {username: \"admin\", password: $p}) { token } }",
                variables = new { p = password },
            });
            var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["data"]?["login"]?["token"]?.GetValue<string>();
            if (token is not null)
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return;
            }
            if (attempt == 30)
            {
                throw new InvalidOperationException("the demo admin could not log in: is the demo group loaded?");
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }
}
