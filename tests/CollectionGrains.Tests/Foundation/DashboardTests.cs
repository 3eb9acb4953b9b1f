using System.Net;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CollectionGrains.Tests.Foundation;

/// <summary>
/// The Orleans Dashboard at /dashboard is the group admin's: nobody else reads a byte of it, and a browser opens it once
/// with the admin's token, which becomes an HttpOnly cookie for that path. Its counters show this silo.
/// </summary>
public sealed class DashboardTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Only_a_group_admin_opens_the_dashboard_and_it_shows_the_silo()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("dashboard"));
        var admin = api.TokenFor(Role.GroupAdmin, "g");
        var collector = api.TokenFor(Role.Collector, "p");
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = api.BaseUri };

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/dashboard/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(browser, "/dashboard/ClusterStats", bearer: collector)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync($"/dashboard/?token={collector}")).StatusCode);

        var opened = await browser.GetAsync($"/dashboard/?token={admin}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/dashboard/", opened.Headers.Location!.OriginalString);
        var cookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/dashboard", cookie, StringComparison.OrdinalIgnoreCase);

        var page = await SendAsync(browser, "/dashboard/index.html", cookie: cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        // The cluster as the dashboard reads it (it gathers its counters every second or so): this silo, active.
        var body = "";
        await Eventually.TrueAsync(async () =>
        {
            var counters = await SendAsync(browser, "/dashboard/DashboardCounters", bearer: admin);
            body = await counters.Content.ReadAsStringAsync();
            return counters.StatusCode == HttpStatusCode.OK && JsonNode.Parse(body)!["totalActiveHostCount"]!.GetValue<int>() >= 1;
        }, TimeSpan.FromSeconds(20), "the dashboard counts this silo");
        output.WriteLine(body[..Math.Min(body.Length, 300)]);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? bearer = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", bearer);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        return await client.SendAsync(request);
    }
}
