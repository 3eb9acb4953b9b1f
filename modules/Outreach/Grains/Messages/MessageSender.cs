using CollectionGrains.Billing;
using CollectionGrains.Collection;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Outreach.Messages;

/// <summary>
/// Each silo's sender: claims due messages from the outbox under a lease, and for each message to an owner checks consent (an opt-out cancels
/// it), a reminder's household (paid meanwhile: cancelled), the project's contact windows (outside: it waits for the
/// next one), then hands it to the transport (a message to staff goes at once, with its files) — sent, or retried with backoff until it fails for good. A silo that dies
/// mid-send leaves its lease to run out; another sender sends the message again under the same idempotency key.
/// </summary>
internal sealed class MessageSender(MessageOutbox outbox, MessageTransport transport, IGrainFactory grains, TimeProvider time,
    ILocalSiloDetails silo, ILogger<MessageSender> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);   // well above the transport's 10 s timeout
    private readonly CancellationTokenSource _stopping = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (CollectionPolicy Policy, DateTimeOffset ReadAt)> _policies = new();
    private Task _loop = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(MessageSender), ServiceLifecycleStage.Active,
        _ => { _loop = Task.Run(RunAsync); return Task.CompletedTask; },
        async _ => { await _stopping.CancelAsync(); await _loop; });

    private async Task RunAsync()
    {
        var owner = silo.SiloAddress.ToParsableString();
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                var claimed = await outbox.ClaimAsync(owner, 20, Lease);
                await Task.WhenAll(claimed.Select(c => SendOrLeaveAsync(c.Message, c.ProjectId, owner)));
                if (claimed.Count == 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), _stopping.Token);
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.OutboxUnreadable(e);
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
        }
    }

    /// <summary>Sends one message; if anything on the way fails (a grain on a silo that just died), its lease runs out and it is tried again.</summary>
    private async Task SendOrLeaveAsync(OutboxMessage message, string projectId, string owner)
    {
        try
        {
            await SendAsync(message, projectId, owner);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.MessageLeftToLease(e, message.MessageId);
        }
    }

    private async Task SendAsync(OutboxMessage message, string projectId, string owner)
    {
        var now = time.GetUtcNow();
        if (message.HouseholdId is null)
        {
            await HandOverAsync(message, owner, now, await outbox.AttachmentsAsync(message.MessageId));
            return;
        }
        if ((await grains.GetGrain<IHouseholdOutreachGrain>(message.HouseholdId).GetOptOutsAsync()).Contains(message.Channel))
        {
            await outbox.SettleAsync(message.MessageId, owner, MessageStatus.Cancelled, message.Attempts, now, "the owner opted out of this channel");
            return;
        }
        if (message.IsReminder && !(await grains.GetGrain<IHouseholdGrain>(message.HouseholdId).GetArrearsAsync(null)).InArrears)
        {
            await outbox.SettleAsync(message.MessageId, owner, MessageStatus.Cancelled, message.Attempts, now, "paid before it went out");
            return;
        }
        if ((await grains.GetGrain<IHouseholdCaseGrain>(message.HouseholdId).GetAsync()).Paused)
        {
            await outbox.SettleAsync(message.MessageId, owner, MessageStatus.Cancelled, message.Attempts, now, "dunning paused: a service order is open");
            return;
        }
        var policy = await PolicyAsync(projectId, now);
        if (!QuietHours.IsOpen(policy, now))
        {
            await outbox.SettleAsync(message.MessageId, owner, MessageStatus.Queued, message.Attempts, QuietHours.NextOpening(policy, now), "waiting for the contact window");
            return;
        }
        await HandOverAsync(message, owner, now, []);
    }

    /// <summary>
    /// Gives the message to the transport: sent (a message to an owner is first recorded as a contact: a silo that dies
    /// in between sends it again, same key, and records it then), or retried with backoff until it fails for good.
    /// </summary>
    private async Task HandOverAsync(OutboxMessage message, string owner, DateTimeOffset now, IReadOnlyList<(string FileName, string ContentType, byte[] Content)> files)
    {
        var problem = await transport.SendAsync(message, files);
        var attempts = message.Attempts + 1;
        if (problem is null)
        {
            if (message.HouseholdId is not null)
            {
                await RecordContactAsync(message);
            }
            await outbox.SettleAsync(message.MessageId, owner, MessageStatus.Sent, attempts, now, null);
        }
        else
        {
            logger.MessageAttemptFailed(message.MessageId, attempts, problem);
            await outbox.SettleAsync(message.MessageId, owner, attempts >= QuietHours.MaxAttempts ? MessageStatus.Failed : MessageStatus.Queued,
                attempts, now + QuietHours.Backoff(attempts), problem);
        }
    }

    /// <summary>
    /// A message that went out is a contact of the case (id: the message id) at the case's now: its channel, no answer
    /// awaited, the class the case had, by whoever decided it. It went out, so it is recorded even above the project's
    /// caps, marked as allowed by the one who decided it (automatic reminders come from the plan, which keeps to the caps).
    /// </summary>
    private async Task RecordContactAsync(OutboxMessage message)
    {
        var @case = grains.GetGrain<IHouseholdCaseGrain>(message.HouseholdId!);
        var method = message.Channel switch { MessageChannel.Sms => ContactMethod.Sms, MessageChannel.WeChat => ContactMethod.WeChat, _ => ContactMethod.AppPush };
        try
        {
            await @case.RecordContactAsync(new ContactRequest(message.MessageId, method, (await @case.GetAsync()).Class ?? ContactClass.B_Undecided, default,
                Answered: false, Channel: "消息发件箱", Notes: message.Body[..Math.Min(message.Body.Length, 200)], OverrideCaps: true),
                new CollectionActor(message.DecidedBy, ActorRank.Supervisor));
        }
        catch (CollectionRejectedException e)
        {
            // Recorded before under this id (a second send after a crash), or the household paid meanwhile: the outbox row stays the record.
            logger.MessageNotRecordedAsContact(message.MessageId, e.Message);
        }
    }

    private async Task<CollectionPolicy> PolicyAsync(string projectId, DateTimeOffset now)
    {
        if (!_policies.TryGetValue(projectId, out var known) || now - known.ReadAt > TimeSpan.FromSeconds(5))
        {
            _policies[projectId] = known = (await grains.GetGrain<ICollectionProjectGrain>(projectId).GetPolicyAsync(), now);
        }
        return known.Policy;
    }
}
