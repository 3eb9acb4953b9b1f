using System.Security.Cryptography;
using System.Text;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Outreach;

/// <summary>Automatic reminders from the plan, and the scripts' wording for this household.</summary>
internal sealed partial class HouseholdOutreachGrain
{
    public async Task<OutboxMessage?> DecideAutomaticReminderAsync(PlanItem item, string groupId)
    {
        if (AutomaticChannel(item.Action) is not { } channel || item.TaskId is not { } taskId || OptedOut().Contains(channel))
        {
            return null;
        }
        var body = item.ScriptId is { } scriptId
            ? await RenderScriptAsync(item, groupId, scriptId, "物业服务中心")
            : $"您好，您的物业费尚欠{Money.Yuan(item.Owed)}，可点击 {(await GetPayLinkAsync()).Url} 在线缴纳。";
        var day = BusinessCalendar.DateOf(clock.Now).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var task = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(taskId)))[..16];
        try
        {
            return await SendMessageAsync($"auto-{day}-{item.Action.Reason}-{task}", channel, body[..Math.Min(body.Length, 500)], isReminder: true, CollectionActor.System);
        }
        catch (CollectionRejectedException e) when (e.Code == CollectionErrorCode.BadInput)
        {
            return null;   // paid meanwhile, or no phone to send to
        }
    }

    public async Task<string> RenderScriptAsync(PlanItem item, string groupId, string scriptId, string collectorFallback)
    {
        var profile = await GrainFactory.GetGrain<IHouseholdGrain>(HouseholdId).GetProfileAsync()
            ?? throw CollectionRejectedException.NotFound($"unknown household {HouseholdId}");
        var project = await GrainFactory.GetGrain<IOrgNodeGrain>(profile.ProjectId).GetAsync();
        var collector = item.Collector is { } username ? await GrainFactory.GetGrain<ICollectorGrain>(username).GetProfileAsync() : null;
        var values = new ScriptValues(profile.OwnerName, item.Owed, Math.Max(1, (item.AgeDays + 29) / 30), (await GetPayLinkAsync()).Url,
            project?.Info.Name ?? string.Empty, collector?.DisplayName ?? collectorFallback);
        return await GrainFactory.GetGrain<IScriptLibraryGrain>(groupId).RenderAsync(scriptId, null, values);
    }

    /// <summary>The plan's actions the system takes by itself, and the channel each goes through.</summary>
    private static MessageChannel? AutomaticChannel(PlannedAction action) => action.Reason is PlanReason.PromiseReminder or PlanReason.RemotePaymentLink
        ? action.Method switch
        {
            ContactMethod.Sms => MessageChannel.Sms,
            ContactMethod.WeChat => MessageChannel.WeChat,
            ContactMethod.AppPush => MessageChannel.AppPush,
            _ => null,
        }
        : null;
}
