namespace CollectionGrains.Tests.Infrastructure;

/// <summary>
/// Faults made by PostgreSQL itself: a trigger on a table makes the writes of chosen rows (by a key column) wait, and
/// then fail or go through. Only those rows see the fault; the trigger is dropped on dispose.
/// </summary>
public sealed class TableFaults : IAsyncDisposable
{
    private readonly string _name = $"cg_test_fault_{Guid.NewGuid():N}";
    private readonly string _table;
    private readonly string _keyColumn;
    private readonly Dictionary<string, (TimeSpan Wait, bool Fail)> _faults = [];

    private TableFaults(string table, string keyColumn) => (_table, _keyColumn) = (table, keyColumn);

    /// <summary>The grain-state table, keyed by the grain's string key.</summary>
    public static Task<TableFaults> OnGrainStateAsync() => StartAsync("orleans_grain_state", "grain_key");

    public static async Task<TableFaults> StartAsync(string table, string keyColumn)
    {
        var faults = new TableFaults(table, keyColumn);
        await faults.DefineAsync();
        await TestPostgres.ExecuteAsync($"CREATE TRIGGER {faults._name} BEFORE INSERT OR UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION {faults._name}()");
        return faults;
    }

    /// <summary>Writes of the rows with this key wait <paramref name="wait"/>, then fail.</summary>
    public Task FailAsync(string key, TimeSpan wait) => AddAsync(key, wait, fail: true);

    /// <summary>Writes of the rows with this key wait <paramref name="wait"/>, then go through.</summary>
    public Task DelayAsync(string key, TimeSpan wait) => AddAsync(key, wait, fail: false);

    private Task AddAsync(string key, TimeSpan wait, bool fail)
    {
        _faults[key] = (wait, fail);
        return DefineAsync();
    }

    private Task DefineAsync()
    {
        string Cases(Func<(TimeSpan Wait, bool Fail), string> value) => _faults.Count == 0 ? "NULL"
            : $"CASE NEW.{_keyColumn}{string.Concat(_faults.Select(f => $" WHEN '{f.Key}' THEN {value(f.Value)}"))} END";
        return TestPostgres.ExecuteAsync($"""
            CREATE OR REPLACE FUNCTION {_name}() RETURNS trigger LANGUAGE plpgsql AS $f$
            DECLARE
                wait_seconds double precision := {Cases(f => f.Wait.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))};
                fail boolean := {Cases(f => f.Fail ? "true" : "false")};
            BEGIN
                IF wait_seconds IS NOT NULL THEN
                    PERFORM pg_sleep(wait_seconds);
                END IF;
                IF fail THEN
                    RAISE EXCEPTION 'test fault: writes to {_table} of % fail', NEW.{_keyColumn};
                END IF;
                RETURN NEW;
            END $f$
            """);
    }

    public async ValueTask DisposeAsync()
    {
        await TestPostgres.ExecuteAsync($"DROP TRIGGER IF EXISTS {_name} ON {_table}");
        await TestPostgres.ExecuteAsync($"DROP FUNCTION IF EXISTS {_name}()");
    }
}
