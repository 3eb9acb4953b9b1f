using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Foundation;

/// <summary>deploy/postgres/migrate.sh, run for real against fresh databases.</summary>
public sealed class MigrationTests
{
    private static readonly string Migrate = RepositoryPaths.Combine("deploy", "postgres", "migrate.sh");

    [Fact]
    public async Task Running_the_migrations_twice_leaves_the_schema_unchanged_and_reports_nothing_to_apply()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        var migrationFiles = Directory.GetFiles(RepositoryPaths.Combine("deploy", "postgres", "migrations"), "*.sql").Length;

        var first = await RunMigrateAsync(Migrate, database.Name);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"applied {migrationFiles} migration(s)", first.Output);
        var schemaAfterFirst = await database.SchemaFingerprintAsync();

        var second = await RunMigrateAsync(Migrate, database.Name);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing to apply", second.Output);
        Assert.DoesNotContain("applying", second.Output);
        Assert.Equal(schemaAfterFirst, await database.SchemaFingerprintAsync());
        Assert.Equal(migrationFiles, await database.ScalarAsync<long>("SELECT count(*) FROM cg_schema_migrations"));
        Assert.True(await database.ScalarAsync<long>("SELECT count(*) FROM OrleansQuery") >= 20);
    }

    [Fact]
    public async Task An_applied_migration_that_was_edited_afterwards_is_refused()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        var copy = Directory.CreateTempSubdirectory("cg-migrations-");
        try
        {
            File.Copy(RepositoryPaths.Combine("deploy", "env.sh"), Path.Combine(copy.FullName, "env.sh"));
            var postgres = Directory.CreateDirectory(Path.Combine(copy.FullName, "postgres"));
            var migrations = Directory.CreateDirectory(Path.Combine(postgres.FullName, "migrations"));
            File.Copy(Migrate, Path.Combine(postgres.FullName, "migrate.sh"));
            foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("deploy", "postgres", "migrations")))
            {
                File.Copy(file, Path.Combine(migrations.FullName, Path.GetFileName(file)));
            }
            var copiedMigrate = Path.Combine(postgres.FullName, "migrate.sh");
            Assert.Equal(0, (await RunMigrateAsync(copiedMigrate, database.Name)).ExitCode);

            var edited = Directory.GetFiles(migrations.FullName).Order().First();
            await File.AppendAllTextAsync(edited, "\n-- edited after it was applied\n");
            var result = await RunMigrateAsync(copiedMigrate, database.Name);

            Assert.Equal(3, result.ExitCode);
            Assert.Contains("was changed after it was applied", result.Error);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private static Task<ProcessRunner.Result> RunMigrateAsync(string script, string database) =>
        ProcessRunner.RunAsync("bash", [script, database], TimeSpan.FromMinutes(2));
}
