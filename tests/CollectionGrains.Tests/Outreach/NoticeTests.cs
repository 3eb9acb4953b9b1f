using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Tests.GraphQL;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Outreach;

/// <summary>
/// Notices through the API: the PDF as sent (its text read by poppler's pdftotext, its QR code by zbar), stored by
/// content hash and recorded as a contact; the anonymous public notice; refusals that change nothing; the group's own wording.
/// </summary>
public sealed class NoticeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Issue = "mutation($i: IssueNoticeInput!) { issueNotice(input: $i) { notice { id kind issuedBy deadline amountOwed templateVersion documentHash pdfUrl html } } }";
    private const string SetServiceCentre = "mutation($i: SetServiceCentreInput!) { setServiceCentre(input: $i) { phone address } }";
    private const string History = "query($id: ID!) { household(id: $id) { notices { id } collection { contactClass contacts(first: 100) { id method } } } }";

    [Fact]
    public async Task A_dunning_notice_is_a_chinese_pdf_with_the_bills_and_a_pay_link_stored_as_sent_and_recorded_as_a_contact()
    {
        var household = fixture.Household(0, "1-101");   // 张伟: two bills of ¥250.00 (2025-03, 2025-04)
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(10);
        var noticeId = "N-DUN-" + Guid.NewGuid().ToString("N")[..8];
        var input = new { householdId = household, kind = "DUNNING_NOTICE", deadline = deadline.ToString("yyyy-MM-dd"), noticeId };
        await fixture.Api.DataAsync(SetServiceCentre, new { i = new { projectId = fixture.Tree.Project, phone = "0755-8600 1234", address = "幸福里1栋底商" } });

        var notice = (await fixture.Api.DataAsync(Issue, new { i = input }))["issueNotice"]!["notice"]!;

        var pdf = await DownloadAsync(notice["pdfUrl"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), notice["documentHash"]!.GetValue<string>());
        var text = await PrintedDocuments.PdfTextAsync(pdf);
        foreach (var expected in new[] { "催收通知单", "张伟", "1-101", "物业费", "2025-03", "2025-04", "¥250.00", "¥500.00", $"{deadline.Year}年{deadline.Month}月{deadline.Day}日", "违约金", "0755-8600 1234", "幸福里1栋底商" })
        {
            Assert.Contains(expected, text);
        }
        var link = Assert.Single(await PrintedDocuments.QrCodesInPdfAsync(pdf));
        using (var browser = new HttpClient())
        {
            var page = await browser.GetStringAsync(link);   // the printed code opens this household's pay page
            Assert.Contains("1-101", page);
            Assert.Contains("张*", page);
        }
        Assert.Contains("催收通知单", notice["html"]!.GetValue<string>());

        var history = (await fixture.Api.DataAsync(History, new { id = household }))["household"]!;
        Assert.Contains(history["notices"]!.AsArray(), n => n!["id"]!.GetValue<string>() == noticeId);
        Assert.Contains(history["collection"]!["contacts"]!.AsArray(), c => c!["id"]!.GetValue<string>() == noticeId && c["method"]!.GetValue<string>() == "DUNNING_NOTICE");

        // The same notice id again: the first notice, nothing issued twice.
        var again = (await fixture.Api.DataAsync(Issue, new { i = input }))["issueNotice"]!["notice"]!;
        Assert.Equal(notice["documentHash"]!.GetValue<string>(), again["documentHash"]!.GetValue<string>());
        var after = (await fixture.Api.DataAsync(History, new { id = household }))["household"]!;
        Assert.Single(after["notices"]!.AsArray(), n => n!["id"]!.GetValue<string>() == noticeId);
        Assert.Single(after["collection"]!["contacts"]!.AsArray(), c => c!["id"]!.GetValue<string>() == noticeId);
    }

    [Fact]
    public async Task A_public_notice_shows_masked_rooms_and_rounded_amounts_and_no_name_or_phone()
    {
        var household = fixture.Household(2, "3-301");   // 李娜, 13900139000, owes ¥180.50 and late fees
        var notice = (await fixture.Api.DataAsync(Issue, new { i = new { householdId = household, kind = "PUBLIC_NOTICE" } }))["issueNotice"]!["notice"]!;

        var text = await PrintedDocuments.PdfTextAsync(await DownloadAsync(notice["pdfUrl"]!.GetValue<string>()));
        Assert.Contains("欠费公示", text);
        Assert.Contains("3-*01", text);
        foreach (var personal in new[] { "李娜", "张伟", "深圳市某某科技有限公司", "13900139000", "13800138000", "3-301" })
        {
            Assert.DoesNotContain(personal, text);
            Assert.DoesNotContain(personal, notice["html"]!.GetValue<string>());
        }
        var owed = decimal.Parse(notice["amountOwed"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"¥{Math.Round(owed, 0, MidpointRounding.AwayFromZero):#,##0}", text);
        Assert.DoesNotContain($"{owed:0.00}", text);
        Assert.Empty(await PrintedDocuments.QrCodesInPdfAsync(await DownloadAsync(notice["pdfUrl"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Refused_notices_change_nothing()
    {
        var household = fixture.Household(1, "2-201");
        var before = (await fixture.Api.DataAsync(History, new { id = household }))["household"]!.ToJsonString();

        var (_, noDeadline) = await fixture.Api.PostAsync(Issue, new { i = new { householdId = household, kind = "LAWYER_LETTER" } });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(noDeadline));
        var (_, pastDeadline) = await fixture.Api.PostAsync(Issue, new { i = new { householdId = household, kind = "PAYMENT_NOTICE", deadline = "2020-01-01" } });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(pastDeadline));
        var (_, badPhone) = await fixture.Api.PostAsync(SetServiceCentre, new { i = new { projectId = fixture.Tree.Project, phone = "请拨打客服", address = "幸福里" } });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(badPhone));
        var (_, notProject) = await fixture.Api.PostAsync(SetServiceCentre, new { i = new { projectId = fixture.Tree.Group, phone = "0755-8600 1234", address = "幸福里" } });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(notProject));

        await fixture.Api.DataAsync("mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { payment { amount } } }", new
        {
            i = new { paymentId = "P-NOTICE-CLEAR", householdId = household, amount = "100000.00", channel = "COUNTER", paidAt = DateTimeOffset.UtcNow.ToString("O") },
        });
        var afterPayment = (await fixture.Api.DataAsync(History, new { id = household }))["household"]!.ToJsonString();
        var (_, paid) = await fixture.Api.PostAsync(Issue, new { i = new { householdId = household, kind = "PAYMENT_NOTICE" } });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(paid));
        Assert.Contains("owes nothing", paid["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(afterPayment, (await fixture.Api.DataAsync(History, new { id = household }))["household"]!.ToJsonString());
        Assert.Equal(before, afterPayment);
    }

    [Fact]
    public async Task The_groups_own_wording_is_checked_versioned_and_used()
    {
        const string Save = "mutation($i: SetNoticeTemplateInput!) { setNoticeTemplate(input: $i) { version kind } }";
        var (_, broken) = await fixture.Api.PostAsync(Save, new { i = new { groupId = fixture.Tree.Group, kind = "PAYMENT_NOTICE", body = "# 缴费通知 {% for x in %}" } });
        Assert.Equal("BAD_USER_INPUT", ApiFixture.Code(broken));

        var saved = (await fixture.Api.DataAsync(Save, new { i = new { groupId = fixture.Tree.Group, kind = "PAYMENT_NOTICE",
            body = "# 温馨提示\n{{ owner }}您好，您在{{ project }}尚有{{ total | yuan }}未缴，谢谢配合。\n[二维码]" } }))["setNoticeTemplate"]!;
        Assert.Equal(1, saved["version"]!.GetValue<int>());

        var notice = (await fixture.Api.DataAsync(Issue, new { i = new { householdId = fixture.Household(0, "1-101"), kind = "PAYMENT_NOTICE" } }))["issueNotice"]!["notice"]!;
        Assert.Equal(1, notice["templateVersion"]!.GetValue<int>());
        var text = await PrintedDocuments.PdfTextAsync(await DownloadAsync(notice["pdfUrl"]!.GetValue<string>()));
        Assert.Contains("温馨提示", text);
        Assert.Contains("张伟您好", text);
    }

    [Fact]
    public async Task A_notice_pdf_is_not_served_outside_the_callers_scope_or_without_a_token()
    {
        var notice = (await fixture.Api.DataAsync(Issue, new { i = new { householdId = fixture.Household(0, "1-101"), kind = "PAYMENT_NOTICE" } }))["issueNotice"]!["notice"]!;
        var path = notice["pdfUrl"]!.GetValue<string>();
        using var anonymous = new HttpClient { BaseAddress = fixture.Api.BaseUri };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Api.TokenFor(Role.Supervisor, fixture.Tree.Buildings[2]));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
    }

    private async Task<byte[]> DownloadAsync(string path)
    {
        using var response = await fixture.Api.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
