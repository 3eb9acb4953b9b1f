using System.Net;
using System.Text;
using CollectionGrains.Kernel;
using CollectionGrains.Outreach;

namespace CollectionGrains.GraphQL;

/// <summary>The owner's pay page behind a pay link: a phone page in Chinese, no script, one button.</summary>
internal static class PayPage
{
    public static string Render(PayPageView view, string token)
    {
        var rows = new StringBuilder();
        foreach (var line in view.Lines)
        {
            rows.Append(CultureFree($"<tr><td>{E(line.ItemName)}<br><small>{E(line.Period)}</small></td><td>{Money.Yuan(line.Principal)}</td><td>{Money.Yuan(line.LateFee)}</td></tr>"));
        }
        var body = view.Total > 0
            ? $"""
              <table><thead><tr><th>项目</th><th>欠费</th><th>违约金</th></tr></thead><tbody>{rows}</tbody></table>
              <p class="total">合计应缴 <strong>{Money.Yuan(view.Total)}</strong><br><small>截至 {view.AsOf:yyyy年M月d日}</small></p>
              <form method="post" action="/pay/{E(token)}"><button type="submit">微信支付 {Money.Yuan(view.Total)}</button></form>
              """
            : """<p class="paid">✓ 您已缴清全部费用，感谢您的支持！</p>""";
        return Shell("物业费缴纳", $"""
            <h1>物业费缴纳</h1>
            <p>业主：{E(view.MaskedOwner)}　房号：{E(view.Room)}</p>
            {body}
            <p class="note">链接有效期至 {view.ExpiresAt.ToOffset(BusinessCalendar.Offset):yyyy年M月d日 HH:mm}。如有疑问请联系物业服务中心。</p>
            """);
    }

    public static string Invalid() => Shell("链接已失效", """
        <h1>链接已失效</h1>
        <p>此缴费链接已过期或已被撤销，请联系物业服务中心获取新的缴费链接。</p>
        """);

    public static string Shell(string title, string content) => $$"""
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}}</title>
        <style>
        body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:30rem;padding:1rem;color:#222}
        h1{font-size:1.3rem}table{width:100%;border-collapse:collapse}td,th{padding:.4rem;border-bottom:1px solid #ddd;text-align:right}
        td:first-child,th:first-child{text-align:left}.total{font-size:1.1rem;text-align:right}
        button{width:100%;padding:1rem;font-size:1.1rem;background:#07c160;color:#fff;border:0;border-radius:.5rem}
        .paid{font-size:1.2rem;color:#07c160}.note{color:#777;font-size:.85rem}
        </style></head><body>{{content}}</body></html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string CultureFree(FormattableString text) => FormattableString.Invariant(text);
}
