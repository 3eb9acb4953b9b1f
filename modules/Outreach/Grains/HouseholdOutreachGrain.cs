using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Outreach.Notices;
using CollectionGrains.Outreach.PayLinks;

namespace CollectionGrains.Outreach;

internal sealed class HouseholdOutreachGrain(
    [PersistentState("householdOutreach")] IPersistentState<HouseholdOutreachState> state,
    OutreachSettings settings,
    NoticeArchive archive,
    BusinessClock clock) : Grain, IHouseholdOutreachGrain
{
    private string HouseholdId => this.GetPrimaryKeyString();

    public Task<PayLink> GetPayLinkAsync()
    {
        // Whole minutes, so that links made in the same minute are the same link (and the same QR code).
        var now = clock.Now.ToUniversalTime();
        var expires = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero) + settings.PayLinkLifetime;
        var token = new PayLinkToken(HouseholdId, expires, state.State.PayLinkGeneration).Sign(settings.PayLinkKeys);
        return Task.FromResult(PayLinkAddress.For(settings, token, expires));
    }

    public Task<int> GetPayLinkGenerationAsync() => Task.FromResult(state.State.PayLinkGeneration);

    public async Task RevokePayLinksAsync(CollectionActor actor)
    {
        state.State.PayLinkGeneration++;
        state.State.PayLinksRevokedBy = actor.Username;
        await state.WriteStateAsync();
    }

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
        var written = shared ?? await WriteAsync(request, profile, arrears);
        // Stored first (a retry finds the first notice and its time), then recorded as the case's contact, then kept here.
        var notice = await archive.SaveNoticeAsync(new Notice(request.NoticeId, HouseholdId, request.Kind, clock.Now.ToUniversalTime(), actor.Username,
            request.Deadline, arrears.Total, written.TemplateVersion, written.DocumentHash, request.BatchId), profile.ProjectId, written.Markup);
        if (notice.HouseholdId != HouseholdId || notice.Kind != request.Kind)
        {
            throw CollectionRejectedException.Conflict($"notice id {request.NoticeId} is taken by another notice; choose another");
        }
        var currentClass = (await @case.GetAsync()).Class ?? ContactClass.B_Undecided;
        await @case.RecordContactAsync(new ContactRequest(notice.NoticeId, NoticeRules.MethodOf(notice.Kind), currentClass, notice.IssuedAt,
            Answered: false, Channel: "书面", Notes: $"{NoticeRules.TitleOf(notice.Kind)} {notice.NoticeId}"), actor);
        state.State.Notices.Add(notice);
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
        var markup = NoticeTemplates.Render(template.Body, model);
        var payLink = request.Kind == NoticeKind.PublicNotice ? null : (await GetPayLinkAsync()).Url;
        var pdf = NoticePdf.Write(NoticeMarkup.Parse(markup), payLink, NoticeRules.TitleOf(request.Kind));
        return new SharedNotice(await archive.SaveDocumentAsync(pdf, NoticeArchive.PdfType), markup, template.Version);
    }
}
