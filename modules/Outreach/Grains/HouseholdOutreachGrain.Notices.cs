using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Outreach.Notices;

namespace CollectionGrains.Outreach;

/// <summary>Notices: written, stored, recorded as contacts; their delivery.</summary>
internal sealed partial class HouseholdOutreachGrain
{
    public Task<IReadOnlyList<Notice>> GetNoticesAsync() =>
        Task.FromResult<IReadOnlyList<Notice>>([.. state.State.Notices.OrderByDescending(n => n.IssuedAt)]);

    public async Task<Notice> IssueNoticeAsync(NoticeRequest request, CollectionActor actor, SharedNotice? shared = null)
    {
        if (state.State.Notices.Find(n => n.NoticeId == request.NoticeId) is { } issued)
        {
            return issued.Kind == request.Kind && issued.Deadline == request.Deadline ? issued
                : throw CollectionRejectedException.Conflict($"notice {request.NoticeId} was issued with other content; the same id cannot carry other content");
        }
        NoticeRules.Validate(request, clock.Today);
        var ledger = GrainFactory.GetGrain<IHouseholdGrain>(HouseholdId);
        var profile = await ledger.GetProfileAsync() ?? throw CollectionRejectedException.NotFound($"unknown household {HouseholdId}");
        var @case = GrainFactory.GetGrain<IHouseholdCaseGrain>(HouseholdId);
        if (actor.Rank == ActorRank.Collector && await @case.GetCollectorAsync() is { } holder && holder != actor.Username)
        {
            throw CollectionRejectedException.Forbidden($"household {HouseholdId} is in {holder}'s package");
        }
        var arrears = await ledger.GetArrearsAsync(null);
        if (!arrears.InArrears)
        {
            throw CollectionRejectedException.BadInput($"household {HouseholdId} owes nothing: no notice is issued (nothing was recorded)");
        }
        var caseNow = await @case.GetAsync();
        if (caseNow.Paused)
        {
            throw CollectionRejectedException.BadInput($"household {HouseholdId} has a service order open: dunning is paused until the owner confirms the fix (nothing was recorded)");
        }
        var written = shared ?? await WriteAsync(request, profile, arrears);
        // Stored first (a retry finds the first notice and its time), then recorded as the case's contact, then kept here.
        var notice = await archive.SaveNoticeAsync(new Notice(request.NoticeId, HouseholdId, request.Kind, clock.Now.ToUniversalTime(), actor.Username,
            request.Deadline, arrears.Total, written.TemplateVersion, written.DocumentHash, request.BatchId), profile.ProjectId, written.Markup);
        if (notice.HouseholdId != HouseholdId || notice.Kind != request.Kind)
        {
            throw CollectionRejectedException.Conflict($"notice id {request.NoticeId} is taken by another notice; choose another");
        }
        var currentClass = caseNow.Class ?? ContactClass.B_Undecided;
        await @case.RecordContactAsync(new ContactRequest(notice.NoticeId, NoticeRules.MethodOf(notice.Kind), currentClass, notice.IssuedAt,
            Answered: false, Channel: "书面", Notes: $"{NoticeRules.TitleOf(notice.Kind)} {notice.NoticeId}"), actor);
        state.State.Notices.Add(notice);
        await state.WriteStateAsync();
        return notice;
    }

    public async Task<Notice> RecordDeliveryAsync(string noticeId, NoticeDelivery delivery)
    {
        var index = state.State.Notices.FindIndex(n => n.NoticeId == noticeId);
        if (index < 0)
        {
            throw CollectionRejectedException.NotFound($"notice {noticeId} was not issued to household {HouseholdId}");
        }
        var notice = state.State.Notices[index];
        if (notice.Delivery is { } recorded)
        {
            return recorded with { RecordedAt = delivery.RecordedAt, RecordedBy = delivery.RecordedBy } == delivery ? notice
                : throw CollectionRejectedException.Conflict($"the delivery of notice {noticeId} was recorded already ({recorded.DeliveredOn:yyyy-MM-dd}, {recorded.Method})");
        }
        NoticeRules.ValidateDelivery(notice, delivery, clock.Today);
        await archive.SaveDeliveryAsync(noticeId, delivery);
        state.State.Notices[index] = notice = notice with { Delivery = delivery };
        await state.WriteStateAsync();
        return notice;
    }

    /// <summary>The notice of this one household, from the group's current wording, stored as a PDF.</summary>
    private async Task<SharedNotice> WriteAsync(NoticeRequest request, HouseholdProfile profile, ArrearsStatement arrears)
    {
        var groupId = await GrainFactory.GetGrain<ICollectionProjectGrain>(profile.ProjectId).GetGroupIdAsync();
        var template = await GrainFactory.GetGrain<INoticeTemplateGrain>(groupId).GetAsync(request.Kind);
        var place = await NoticePlaces.OfAsync(GrainFactory, groupId, profile.ProjectId, profile.BuildingId);
        var model = request.Kind == NoticeKind.PublicNotice
            ? NoticeModel.ForPublicNotice([new(place.Building, profile.Room, arrears.Total)], arrears.AsOf, place, clock.Today, request.Deadline)
            : NoticeModel.ForHousehold(request.NoticeId, profile, arrears, place, clock.Today, request.Deadline);
        return await archive.WriteAsync(template, model, request.Kind == NoticeKind.PublicNotice ? null : (await GetPayLinkAsync()).Url);
    }
}
