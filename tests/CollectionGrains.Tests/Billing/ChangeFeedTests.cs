using CollectionGrains.Billing.Journal;
using CollectionGrains.Hosting.Journal;
using CollectionGrains.Tests.Infrastructure;
using Npgsql;
using static CollectionGrains.Tests.Billing.BillingFixtures;

namespace CollectionGrains.Tests.Billing;

/// <summary>
/// A journal commit appends each household whose facts it changed to the change feed once, and nothing for facts the
/// tables already hold: an outbox copied again (each activation copies its last commit's) leaves the feed as it was.
/// Each write is counted inside its own transaction, where the standing's keepers of other tests cannot take its rows.
/// </summary>
public sealed class ChangeFeedTests
{
    private static readonly DateOnly Due = new(2026, 1, 31);

    [Fact]
    public async Task A_commit_appends_each_household_it_changed_once_and_a_commit_written_again_appends_nothing()
    {
        var (project, first, second) = (NewId("p"), NewId("h"), NewId("h"));
        var commit = Rows(project, first, "王芳");
        commit.Add(Rows(project, second, "李强"));

        Assert.Equal(new Dictionary<string, long> { [first] = 1, [second] = 1 }, await WriteAsync(commit, first, second));
        Assert.Empty(await WriteAsync(commit, first, second));
        Assert.Empty(await WriteAsync(Rows(project, first, "王芳"), first));

        var renamed = new JournalBatch();
        renamed.Households.Add(Profile(project, first, "王芳芳"));
        Assert.Equal(new Dictionary<string, long> { [first] = 1 }, await WriteAsync(renamed, first, second));
        Assert.Equal("王芳芳", await TestPostgres.ScalarAsync<string>("SELECT owner_name FROM billing.household WHERE household_id = @h", ("h", first)));
    }

    [Fact]
    public async Task A_payment_that_settles_nothing_changes_no_household_of_the_feed_and_its_allocation_does()
    {
        var (project, household) = (NewId("p"), NewId("h"));
        await WriteAsync(Rows(project, household, "赵敏"), household);

        var unallocated = new JournalBatch();
        unallocated.Payments.Add(new(household, "pay-advance", project, 80m, "Cash", new DateTime(2026, 2, 3, 2, 0, 0, DateTimeKind.Utc)));
        Assert.Empty(await WriteAsync(unallocated, household));

        var allocation = new JournalBatch();
        allocation.Allocations.Add(new(household, "pay-advance", 0, "bill-2026-01", 0m, 80m, new(2026, 2, 3)));
        Assert.Equal(new Dictionary<string, long> { [household] = 1 }, await WriteAsync(allocation, household));
    }

    /// <summary>A household's profile, its January bill and a payment allocated to it, as one commit's outbox.</summary>
    private static JournalBatch Rows(string project, string household, string owner)
    {
        var rows = new JournalBatch();
        rows.Households.Add(Profile(project, household, owner));
        rows.Bills.Add(new(household, "bill-2026-01", project, "PROPERTY", "2026-01", Due, 300m, new(2026, 1, 1)));
        rows.Payments.Add(new(household, "pay-1", project, 120m, "WeChat", new DateTime(2026, 2, 1, 2, 0, 0, DateTimeKind.Utc)));
        rows.Allocations.Add(new(household, "pay-1", 0, "bill-2026-01", 0m, 120m, new(2026, 2, 1)));
        return rows;
    }

    private static JournalBatch.HouseholdRow Profile(string project, string household, string owner) =>
        new(household, project, $"{project}-b1", "1-0101", 89.5m, owner, "Individual", "13800000000", false, null);

    /// <summary>
    /// Writes the rows as the journal writer does, in a transaction that first takes the feed's rows of
    /// <paramref name="households"/> (as a keeper would); answers how many rows the write appended for each.
    /// </summary>
    private static async Task<Dictionary<string, long>> WriteAsync(JournalBatch rows, params string[] households)
    {
        await using var connection = await TestPostgres.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("DELETE FROM journal.household_change WHERE household_id = ANY($1)", connection, transaction))
        {
            take.Parameters.AddWithValue(households);
            await take.ExecuteNonQueryAsync();
        }
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            JournalWriter<JournalBatch>.AddTo(batch, rows);
            await batch.ExecuteNonQueryAsync();
        }
        var appended = new Dictionary<string, long>();
        await using (var count = new NpgsqlCommand(
            "SELECT household_id, count(*) FROM journal.household_change WHERE household_id = ANY($1) GROUP BY household_id", connection, transaction))
        {
            count.Parameters.AddWithValue(households);
            await using var reader = await count.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                appended[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        await transaction.CommitAsync();
        return appended;
    }
}
