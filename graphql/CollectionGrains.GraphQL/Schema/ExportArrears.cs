using System.Security.Cryptography;
using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.Kernel;
using CollectionGrains.Kernel.Tabular;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>
/// exportArrears: the arrears list of a node, filtered as on screen (a collector's hidden households left out), as the
/// record sheet (.xlsx or CSV, amounts as numbers), fetched from the link it answers with the same bearer token.
/// </summary>
internal static class ExportArrears
{
    public const string DownloadPath = "/exports";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains, BusinessClock clock)
    {
        mutation.Field<NonNullGraphType<DownloadLinkGraphType>>("exportArrears").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.Node("input.nodeId")))
            .Description("导出欠费清单: the arrears list of a node as the record sheet; answers a link to GET with the same bearer token (15 minutes).")
            .Argument<NonNullGraphType<ExportArrearsInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var caller = AccessChecks.UserContextOf(c).Caller!;
                var filter = ArrearsFilterInputType.Read(input.GetValueOrDefault("filter") as Dictionary<string, object?>)
                    with { Hidden = await caller.HiddenHouseholdsAsync() };
                var format = (SheetFormat)input["format"]!;
                var content = await grains.GetGrain<IArrearsListGrain>((string)input["nodeId"]!)
                    .ExportAsync(filter, ArrearsOrder.AmountDescending, format == SheetFormat.Xlsx ? ExportFormat.Xlsx : ExportFormat.Csv);
                return await OfferAsync(grains, caller.Account.Username, $"欠费清单-{clock.Today:yyyyMMdd}.{(format == SheetFormat.Xlsx ? "xlsx" : "csv")}",
                    format == SheetFormat.Xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", content);
            });
    }

    /// <summary>Keeps a file for its owner for 15 minutes under an unguessable id; answers its link.</summary>
    public static async Task<(string Url, Download Download)> OfferAsync(IGrainFactory grains, string owner, string fileName, string contentType, byte[] content)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var download = new Download(owner, fileName, contentType, content, DateTimeOffset.UtcNow + Lifetime);
        await grains.GetGrain<IDownloadGrain>(id).StoreAsync(download);
        return (Url: $"{DownloadPath}/{id}", Download: download);
    }
}

internal sealed class ExportArrearsInputType : InputObjectGraphType
{
    public ExportArrearsInputType()
    {
        Name = "ExportArrearsInput";
        Field<NonNullGraphType<IdGraphType>>("nodeId");
        Field<ArrearsFilterInputType>("filter");
        Field<NonNullGraphType<Collection.SheetFormatGraphType>>("format");
    }
}

internal sealed class DownloadLinkGraphType : ObjectGraphType<(string Url, Download Download)>
{
    public DownloadLinkGraphType()
    {
        Name = "DownloadLink";
        Description = "A file to GET (with the same Authorization: Bearer token) until it expires.";
        Field<NonNullGraphType<StringGraphType>>("url").Allow(FieldAccess.Readers).Description("Path on this server, e.g. /exports/3f…").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("fileName").Allow(FieldAccess.Readers).Resolve(c => c.Source.Download.FileName);
        Field<NonNullGraphType<Scalars.InstantGraphType>>("expiresAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.Download.ExpiresAt);
    }
}
