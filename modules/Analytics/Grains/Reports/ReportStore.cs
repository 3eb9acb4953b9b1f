using Npgsql;

namespace CollectionGrains.Analytics.Reports;

/// <summary>analytics.report: each node's reports with their two files; a period produced again replaces its row.</summary>
internal sealed class ReportStore(NpgsqlDataSource database)
{
    private const string Columns = "report_id, node_id, cadence, title, period_start, period_end, produced_at, produced_by, recipients";

    public async Task SaveAsync(AnalysisReport report, byte[] xlsx, byte[] pdf)
    {
        await using var command = database.CreateCommand($"""
            INSERT INTO analytics.report ({Columns}, xlsx, pdf) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (report_id) DO UPDATE SET title = excluded.title, produced_at = excluded.produced_at, produced_by = excluded.produced_by,
                recipients = excluded.recipients, xlsx = excluded.xlsx, pdf = excluded.pdf
            """);
        foreach (var value in new object[] { report.ReportId, report.NodeId, report.Cadence.ToString(), report.Title, report.Start, report.End,
            report.ProducedAt.ToUniversalTime(), report.ProducedBy, report.Recipients.ToArray(), xlsx, pdf })
        {
            command.Parameters.AddWithValue(value);
        }
        await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<AnalysisReport>> ListAsync(string nodeId, int first)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM analytics.report WHERE node_id = $1 ORDER BY period_start DESC, cadence LIMIT $2");
        command.Parameters.AddWithValue(nodeId);
        command.Parameters.AddWithValue(first);
        var reports = new List<AnalysisReport>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            reports.Add(new AnalysisReport(reader.GetString(0), reader.GetString(1), Enum.Parse<ReportCadence>(reader.GetString(2)), reader.GetString(3),
                reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateOnly>(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetString(7),
                reader.GetFieldValue<string[]>(8)));
        }
        return reports;
    }

    public async Task<ReportFile?> ReadFileAsync(string nodeId, string reportId, ReportFormat format)
    {
        await using var command = database.CreateCommand($"SELECT title, {(format == ReportFormat.Pdf ? "pdf" : "xlsx")} FROM analytics.report WHERE report_id = $1 AND node_id = $2");
        command.Parameters.AddWithValue(reportId);
        command.Parameters.AddWithValue(nodeId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? FileOf(reader.GetString(0), format, reader.GetFieldValue<byte[]>(1)) : null;
    }

    /// <summary>A report's file as sent and downloaded: named by the report's title.</summary>
    public static ReportFile FileOf(string title, ReportFormat format, byte[] content) => format == ReportFormat.Pdf
        ? new ReportFile($"{title}.pdf", "application/pdf", content)
        : new ReportFile($"{title}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
}
