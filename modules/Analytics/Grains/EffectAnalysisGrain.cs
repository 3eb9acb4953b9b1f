using CollectionGrains.Analytics.Effect;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>催收效果 at or below a node: one statement over the node's contacts of the period and the payments after them.</summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class EffectAnalysisGrain(NpgsqlDataSource database) : Grain, IEffectAnalysisGrain
{
    private const int MaxDays = 366;

    public async Task<IReadOnlyList<EffectRow>> GetAsync(DateOnly from, DateOnly to, EffectDimension by)
    {
        if (to < from || to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw CollectionRejectedException.BadInput($"from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}: the period runs forwards and spans at most {MaxDays} days");
        }
        var nodeId = this.GetPrimaryKeyString();
        var reach = await NodeReach.OfAsync(GrainFactory, nodeId);
        var children = by == EffectDimension.Node ? await ChildPlaces.OfAsync(GrainFactory, nodeId) : ChildPlaces.None;
        await using var command = GroupHistoryCommand.Create(database, EffectSql.For(by));
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        command.Parameters.AddWithValue(reach.Buildings.ToArray());
        command.Parameters.AddWithValue(BusinessCalendar.At(from, TimeOnly.MinValue).UtcDateTime);
        command.Parameters.AddWithValue(BusinessCalendar.At(to.AddDays(1), TimeOnly.MinValue).UtcDateTime);
        command.Parameters.AddWithValue(children.Places);
        command.Parameters.AddWithValue(children.Children);
        var rows = new List<EffectRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (key, contacts, recovered) = (reader.GetString(0), reader.GetInt32(1), reader.GetDecimal(5));
            rows.Add(new EffectRow(key, EffectLabels.Of(by, key, children.Names), contacts, Share(reader.GetInt32(2), contacts), Share(reader.GetInt32(3), contacts),
                recovered, Math.Round(recovered / contacts, 2), reader.IsDBNull(6) ? null : Math.Round((decimal)reader.GetDouble(6), 1), reader.GetInt32(4)));
        }
        return rows;
    }

    private static decimal Share(int part, int whole) => Math.Round((decimal)part / whole, 4);
}
