using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Outreach.Legal;

namespace CollectionGrains.Outreach;

/// <summary>The legal ladder (律师函 → 公示 → 报总经理 → 起诉) and the limitation clock of the household.</summary>
internal sealed partial class HouseholdOutreachGrain
{
    public Task<IReadOnlyList<LegalStepRequest>> GetLegalStepsAsync() => Task.FromResult<IReadOnlyList<LegalStepRequest>>([.. state.State.LegalSteps]);

    public async Task<LegalStepRequest> RequestLegalStepAsync(LegalStep step, string reason, DateOnly? deadline, CollectionActor actor)
    {
        if (!Enum.IsDefined(step) || string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            throw CollectionRejectedException.BadInput("a known step and a reason of 1 to 500 characters");
        }
        if (step == LegalStep.LawyerLetter)
        {
            Notices.NoticeRules.ValidateDeadline(NoticeKind.LawyerLetter, deadline, clock.Today);
        }
        var ledger = GrainFactory.GetGrain<IHouseholdGrain>(HouseholdId);
        var profile = await ledger.GetProfileAsync() ?? throw CollectionRejectedException.NotFound($"unknown household {HouseholdId}");
        var arrears = await ledger.GetArrearsAsync(null);
        var @case = await GrainFactory.GetGrain<IHouseholdCaseGrain>(HouseholdId).GetAsync();
        var facts = new LegalLadder.Facts(arrears.Total, arrears.AgeDays, LegalLadder.ContactsWithoutResult(@case, arrears.OldestDueDate),
            state.State.Notices.Any(n => n.Kind == NoticeKind.DunningLetter), @case.Paused);
        var threshold = (await GrainFactory.GetGrain<IOutreachProjectGrain>(profile.ProjectId).GetLegalPolicyAsync()).For(step);
        if (LegalLadder.Problem(step, state.State.LegalSteps, threshold, facts) is { } problem)
        {
            throw CollectionRejectedException.BadInput(problem);
        }
        var request = new LegalStepRequest($"{HouseholdId}:legal-{state.State.LegalSteps.Count + 1}", HouseholdId, step, LegalStepStatus.Requested,
            reason.Trim(), actor.Username, clock.Now.ToUniversalTime(), deadline);
        state.State.LegalSteps.Add(request);
        await state.WriteStateAsync();
        return request;
    }

    public async Task<LegalStepRequest> DecideLegalStepAsync(string requestId, bool approve, string? note, CollectionActor actor)
    {
        var index = IndexOf(requestId);
        var request = state.State.LegalSteps[index];
        if (LegalLadder.DecisionProblem(request, actor.Username) is { } problem)
        {
            throw request.RequestedBy == actor.Username ? CollectionRejectedException.Forbidden(problem) : CollectionRejectedException.Conflict(problem);
        }
        if (note is { Length: > 500 })
        {
            throw CollectionRejectedException.BadInput("the note is at most 500 characters");
        }
        var decided = request with { DecidedBy = actor.Username, DecidedAt = clock.Now.ToUniversalTime(), DecisionNote = note?.Trim() };
        decided = !approve ? decided with { Status = LegalStepStatus.Rejected } : request.Step switch
        {
            // The letter and the public notice go out as the decision is taken; the manager's list needs nothing more.
            LegalStep.LawyerLetter => await IssuedAsync(decided, NoticeKind.LawyerLetter, actor),
            LegalStep.PublicNotice => await IssuedAsync(decided, NoticeKind.PublicNotice, actor) with { PostedUntil = clock.Today.AddDays(7) },
            LegalStep.ReportToManagement => decided with { Status = LegalStepStatus.Done },
            _ => decided with { Status = LegalStepStatus.Approved },
        };
        state.State.LegalSteps[index] = decided;
        await state.WriteStateAsync();
        return decided;
    }

    public async Task<LegalStepRequest> RecordLawsuitAsync(string requestId, LawsuitRecord lawsuit, CollectionActor actor)
    {
        var index = IndexOf(requestId);
        var request = state.State.LegalSteps[index];
        if (request is not { Step: LegalStep.Lawsuit, Status: LegalStepStatus.Approved or LegalStepStatus.Done })
        {
            throw CollectionRejectedException.BadInput("a lawsuit is recorded on an approved lawsuit request");
        }
        if (string.IsNullOrWhiteSpace(lawsuit.CaseNumber) || lawsuit.CaseNumber.Length > 100 || string.IsNullOrWhiteSpace(lawsuit.Court) || lawsuit.Court.Length > 100
            || lawsuit.FiledOn > clock.Today || lawsuit.HearingOn < lawsuit.FiledOn || lawsuit.JudgmentOn < lawsuit.FiledOn)
        {
            throw CollectionRejectedException.BadInput("a case number and a court (up to 100 characters each), filed by today, hearing and judgment not before filing");
        }
        state.State.LegalSteps[index] = request = request with { Status = LegalStepStatus.Done, Lawsuit = lawsuit };
        await state.WriteStateAsync();
        return request;
    }

    public async Task<Limitation> GetLimitationAsync()
    {
        var ledger = GrainFactory.GetGrain<IHouseholdGrain>(HouseholdId);
        var bills = (await ledger.GetBillsAsync(null)).Where(b => b.TotalDue > 0).Select(b => (b.BillId, b.DueDate));
        var @case = await GrainFactory.GetGrain<IHouseholdCaseGrain>(HouseholdId).GetAsync();
        var interruptions = state.State.Notices.Where(n => n.Delivery is not null).Select(n => n.Delivery!.DeliveredOn)
            .Concat(@case.Contacts.Where(c => c.Request.Outcome == ContactClass.A_Promised && c.Request.PromisedDate is not null).Select(c => Kernel.BusinessCalendar.DateOf(c.At)))
            .Concat((await ledger.GetPaymentsAsync()).Where(p => !p.Reversed).Select(p => Kernel.BusinessCalendar.DateOf(p.PaidAt)))
            .ToList();
        return LimitationClock.Compute(bills, interruptions, clock.Today);
    }

    public async Task<byte[]> GetEvidencePackAsync()
    {
        var ledger = GrainFactory.GetGrain<IHouseholdGrain>(HouseholdId);
        var profile = await ledger.GetProfileAsync() ?? throw CollectionRejectedException.NotFound($"unknown household {HouseholdId}");
        var pdfs = new Dictionary<string, byte[]>();
        foreach (var notice in state.State.Notices)
        {
            if (await archive.GetAsync(notice.NoticeId) is { } stored && Notices.NoticeArchive.HashOf(stored.Pdf) == notice.DocumentHash)
            {
                pdfs[notice.NoticeId] = stored.Pdf;
            }
        }
        var @case = await GrainFactory.GetGrain<IHouseholdCaseGrain>(HouseholdId).GetAsync();
        return Evidence.EvidencePack.Write(new(profile, await ledger.GetArrearsAsync(null), await ledger.GetBillsAsync(null), await ledger.GetPaymentsAsync(),
            @case.Contacts, state.State.Notices, pdfs, state.State.LegalSteps, await GetLimitationAsync(), clock.Now));
    }

    private async Task<LegalStepRequest> IssuedAsync(LegalStepRequest decided, NoticeKind kind, CollectionActor actor)
    {
        // The notice's id follows from the request's (a retried decision finds the same notice), in the characters a notice id allows.
        var noticeId = "L" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(decided.RequestId)))[..20];
        var notice = await IssueNoticeAsync(new NoticeRequest(noticeId, kind, decided.Deadline), actor);
        return decided with { Status = LegalStepStatus.Done, NoticeId = notice.NoticeId };
    }

    private int IndexOf(string requestId) => state.State.LegalSteps.FindIndex(r => r.RequestId == requestId) is var index and >= 0
        ? index
        : throw CollectionRejectedException.NotFound($"legal step request {requestId} does not exist");
}
