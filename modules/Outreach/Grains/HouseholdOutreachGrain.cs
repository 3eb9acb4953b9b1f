using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Outreach.Notices;
using CollectionGrains.Outreach.PayLinks;

namespace CollectionGrains.Outreach;

internal sealed partial class HouseholdOutreachGrain(
    [PersistentState("householdOutreach")] IPersistentState<HouseholdOutreachState> state,
    OutreachSettings settings,
    NoticeArchive archive,
    Messages.MessageOutbox outbox,
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
}
