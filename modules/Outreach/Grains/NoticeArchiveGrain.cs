using CollectionGrains.Outreach.Notices;
using Orleans.Concurrency;

namespace CollectionGrains.Outreach;

[StatelessWorker]
internal sealed class NoticeArchiveGrain(NoticeArchive archive) : Grain, INoticeArchiveGrain
{
    /// <summary>The PDF as sent; the HTML shows the same text with a QR code of the household's current pay link.</summary>
    public async Task<NoticeDocument?> GetAsync(string noticeId)
    {
        if (await archive.GetAsync(noticeId) is not { } stored)
        {
            return null;
        }
        var link = stored.Notice.Kind == NoticeKind.PublicNotice
            ? null
            : await GrainFactory.GetGrain<IHouseholdOutreachGrain>(stored.Notice.HouseholdId).GetPayLinkAsync();
        return new NoticeDocument(stored.Notice, stored.Pdf, NoticeHtml.Write(NoticeMarkup.Parse(stored.Markup), link?.QrCodeUrl));
    }
}
