using CollectionGrains.Customers.Credit;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Customers;

/// <summary>
/// A group's re-default model: trained on demand and by a durable reminder (daily check, a new version when the latest is
/// a month old), from the history in the module tables of the projects below the group. One training at a time.
/// </summary>
internal sealed class CreditModelGrain(CreditHistoryReader history, CreditModelStore store, CreditModels models, BusinessClock clock)
    : Grain, ICreditModelGrain, IRemindable
{
    private static readonly TimeSpan RetrainAfter = TimeSpan.FromDays(30);
    private Task<CreditModelReport>? _training;

    private string GroupId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        await this.RegisterOrUpdateReminder("credit-model", TimeSpan.FromHours(1), TimeSpan.FromDays(1));

    public Task<CreditModelReport> TrainAsync()
    {
        if (_training is null || _training.IsCompleted)
        {
            _training = TrainNowAsync();
        }
        return _training;
    }

    public async Task<CreditModelReport?> GetAsync() => (await models.ForGroupAsync(GroupId))?.Report;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (await GetAsync() is not { } latest || clock.Now - latest.TrainedAt > RetrainAfter)
        {
            await TrainAsync();
        }
    }

    private async Task<CreditModelReport> TrainNowAsync()
    {
        var group = await GrainFactory.GetGrain<IOrgNodeGrain>(GroupId).GetAsync();
        if (group is null || group.Info.Level != OrgLevel.Group)
        {
            throw new ArgumentException($"{GroupId} is not a group");
        }
        var reach = await NodeReach.OfAsync(GrainFactory, GroupId);
        var households = await history.ReadAsync(reach.Projects);
        var placeOf = await history.PlacesAsync(reach.Projects);
        var today = clock.Today;
        var trained = await Task.Run(() => CreditTraining.Train(households, today, placeOf: household => placeOf[household]));
        var report = await store.AddAsync(GroupId, trained, clock.Now);
        await models.ForGroupAsync(GroupId, force: true);
        return report;
    }
}
