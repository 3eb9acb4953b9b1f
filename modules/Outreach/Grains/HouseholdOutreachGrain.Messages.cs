using CollectionGrains.Billing;
using CollectionGrains.Collection;

namespace CollectionGrains.Outreach;

/// <summary>Messages: the decision to send written to the outbox; the owner's consent per channel.</summary>
internal sealed partial class HouseholdOutreachGrain
{
    public async Task<OutboxMessage> SendMessageAsync(string messageId, MessageChannel channel, string body, bool isReminder, CollectionActor actor)
    {
        if (messageId.Length is 0 or > 100 || !Enum.IsDefined(channel) || string.IsNullOrWhiteSpace(body) || body.Length > 500)
        {
            throw CollectionRejectedException.BadInput("a message id of 1 to 100 characters, a known channel and a text of 1 to 500 characters");
        }
        if (OptedOut().Contains(channel))
        {
            throw CollectionRejectedException.BadInput($"the owner opted out of {channel} messages");
        }
        var ledger = GrainFactory.GetGrain<IHouseholdGrain>(HouseholdId);
        var profile = await ledger.GetProfileAsync() ?? throw CollectionRejectedException.NotFound($"unknown household {HouseholdId}");
        if (!(await ledger.GetArrearsAsync(null)).InArrears)
        {
            throw CollectionRejectedException.BadInput($"household {HouseholdId} owes nothing: no message is sent (nothing was recorded)");
        }
        if ((await GrainFactory.GetGrain<IHouseholdCaseGrain>(HouseholdId).GetAsync()).Paused)
        {
            throw CollectionRejectedException.BadInput($"household {HouseholdId} has a service order open: dunning is paused until the owner confirms the fix (nothing was recorded)");
        }
        var recipient = channel == MessageChannel.AppPush ? "app:" + HouseholdId
            : profile.Phones.FirstOrDefault() ?? throw CollectionRejectedException.BadInput($"household {HouseholdId} has no phone to send {channel} to");
        var now = clock.Now.ToUniversalTime();
        var (message, _) = await outbox.EnqueueAsync(new OutboxMessage(messageId, HouseholdId, channel, recipient, body.Trim(), isReminder, actor.Username,
            now, MessageStatus.Queued, 0, now, null, null), profile.ProjectId);
        return message.HouseholdId == HouseholdId ? message
            : throw CollectionRejectedException.Conflict($"message id {messageId} is taken by another message; choose another");
    }

    public async Task<IReadOnlyList<MessageChannel>> SetOptOutAsync(MessageChannel channel, bool optedOut, CollectionActor actor)
    {
        if (!Enum.IsDefined(channel))
        {
            throw CollectionRejectedException.BadInput("unknown channel");
        }
        if (OptedOut().Contains(channel) != optedOut)
        {
            state.State.Consent.Add(new ConsentChange(channel, optedOut, actor.Username, clock.Now.ToUniversalTime()));
            await state.WriteStateAsync();
        }
        return OptedOut();
    }

    public Task<IReadOnlyList<MessageChannel>> GetOptOutsAsync() => Task.FromResult(OptedOut());

    private IReadOnlyList<MessageChannel> OptedOut() =>
        [.. state.State.Consent.GroupBy(c => c.Channel).Where(g => g.Last().OptedOut).Select(g => g.Key)];
}
