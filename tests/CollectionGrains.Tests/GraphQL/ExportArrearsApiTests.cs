using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CollectionGrains.Access;
using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>exportArrears through the API: a link fetched with the same token gives the record sheet of what the list shows.</summary>
public sealed class ExportArrearsApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Export = "mutation($node: ID!, $format: SheetFormat!) { exportArrears(input: {nodeId: $node, format: $format}) { url fileName expiresAt } }";

    [Theory]
    [InlineData("XLSX")]
    [InlineData("CSV")]
    public async Task The_export_holds_every_household_of_the_list_and_its_amounts_add_up_to_the_lists(string format)
    {
        var link = (await fixture.Api.DataAsync(Export, new { node = fixture.Tree.Group, format }))["exportArrears"]!;
        var list = (await fixture.Api.DataAsync("query($node: ID!) { arrears(nodeId: $node, first: 50) { totalCount edges { node { room arrears { total } } } } }",
            new { node = fixture.Tree.Group }))["arrears"]!;

        using var response = await GetAsync(link["url"]!.GetValue<string>(), fixture.Api.Http.DefaultRequestHeaders.Authorization!.Parameter);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("欠费清单", response.Content.Headers.ContentDisposition!.FileNameStar);
        var sheet = Table.Read(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(list["totalCount"]!.GetValue<int>(), sheet.Rows.Count);
        var listed = list["edges"]!.AsArray().Sum(e => decimal.Parse(e!["node"]!["arrears"]!["total"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        var column = sheet.Headers.ToList().IndexOf("欠费合计");
        Assert.Equal(listed, sheet.Rows.Sum(r => decimal.Parse(r[column], CultureInfo.InvariantCulture)));
        Assert.Equal(list["edges"]!.AsArray().Select(e => e!["node"]!["room"]!.GetValue<string>()).Order(), sheet.Rows.Select(r => r[2]).Order());
    }

    [Fact]
    public async Task Only_the_user_who_made_the_export_can_fetch_it()
    {
        var url = (await fixture.Api.DataAsync(Export, new { node = fixture.Tree.Group, format = "CSV" }))["exportArrears"]!["url"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(url, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(url, fixture.Api.TokenFor(Role.Finance, fixture.Tree.Group, "someone-else"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/exports/0123456789abcdef0123456789abcdef", fixture.Api.Http.DefaultRequestHeaders.Authorization!.Parameter)).StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? token)
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Api.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await anonymous.SendAsync(request);
    }
}
