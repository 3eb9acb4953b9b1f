using CollectionGrains.Collection;
using CollectionGrains.Customers;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>
/// Sums the calibration cells each model version of the group kept per building (customers.calibration_cell) over the
/// projects or buildings at or below the node; versions trained before the cells were kept are left out.
/// </summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class CreditCalibrationGrain(NpgsqlDataSource database) : Grain, ICreditCalibrationGrain
{
    private const int MostVersions = 36;

    public async Task<CreditCalibration?> GetAsync() => (await HistoryAsync(1)).FirstOrDefault();

    public async Task<IReadOnlyList<CreditCalibration>> HistoryAsync(int versions)
    {
        var nodeId = this.GetPrimaryKeyString();
        _ = await GrainFactory.GetGrain<IOrgNodeGrain>(nodeId).GetAsync() ?? throw CollectionRejectedException.NotFound($"no node {nodeId}");
        var group = await NodeAncestry.RootOfAsync(GrainFactory, nodeId);
        var reach = await NodeReach.OfAsync(GrainFactory, nodeId);
        await using var command = database.CreateCommand("""
            SELECT m.version, m.in_use, (m.report->>'HoldoutCut')::date, c.band, c.tag, sum(c.households)::int, sum(c.predicted_sum), sum(c.in_arrears)::int
              FROM (SELECT version, in_use, report FROM customers.credit_model k
                     WHERE group_id = $1 AND EXISTS (SELECT 1 FROM customers.calibration_cell x WHERE x.group_id = k.group_id AND x.version = k.version)
                     ORDER BY version DESC LIMIT $2) m
              LEFT JOIN customers.calibration_cell c ON c.group_id = $1 AND c.version = m.version AND (c.project_id = ANY($3) OR c.building_id = ANY($4))
             GROUP BY 1, 2, 3, 4, 5
             ORDER BY 1 DESC
            """);
        command.Parameters.AddWithValue(group);
        command.Parameters.AddWithValue(Math.Clamp(versions, 1, MostVersions));
        command.Parameters.AddWithValue(reach.Projects.ToArray());
        command.Parameters.AddWithValue(reach.Buildings.ToArray());
        var rows = new List<(int Version, bool InUse, DateOnly Cut, CalibrationCell? Cell)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt32(0), reader.GetBoolean(1), reader.GetFieldValue<DateOnly>(2), reader.IsDBNull(3) ? null
                    : new CalibrationCell("", reader.GetInt16(3), reader.IsDBNull(4) ? null : Enum.Parse<CreditTag>(reader.GetString(4)),
                        reader.GetInt32(5), reader.GetDecimal(6), reader.GetInt32(7))));
            }
        }
        return [.. rows.GroupBy(r => (r.Version, r.InUse, r.Cut)).Select(v => Calibration(group, v.Key, [.. v.Select(r => r.Cell).OfType<CalibrationCell>()]))];
    }

    private static CreditCalibration Calibration(string group, (int Version, bool InUse, DateOnly Cut) model, IReadOnlyList<CalibrationCell> cells)
    {
        var bands = Enumerable.Range(0, CalibrationCell.BandEdges.Length - 1)
            .Select(b => Row(cells.Where(c => c.Band == b), CalibrationCell.BandEdges[b], CalibrationCell.BandEdges[b + 1], null)).ToList();
        var tags = Enum.GetValues<CreditTag>().Select(t => Row(cells.Where(c => c.Tag == t), null, null, t)).Where(r => r.Households > 0).ToList();
        return new CreditCalibration(group, model.Version, model.InUse, model.Cut, model.Cut.AddDays(91), bands, tags);   // the label's horizon: three months
    }

    private static CalibrationRow Row(IEnumerable<CalibrationCell> cells, decimal? low, decimal? high, CreditTag? tag)
    {
        var all = cells.ToList();
        var households = all.Sum(c => c.Households);
        return new CalibrationRow(low, high, tag, households, households == 0 ? 0m : Math.Round(all.Sum(c => c.PredictedSum) / households, 4),
            households == 0 ? 0m : Math.Round((decimal)all.Sum(c => c.InArrears) / households, 4));
    }
}
