using CollectionGrains.GraphQL.Errors;
using CollectionGrains.Tests.Infrastructure;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;

namespace CollectionGrains.Tests.GraphQL;

public sealed class ErrorClassificationTests
{
    private static readonly ApiErrorInfoProvider Provider = new(NullLogger<ApiErrorInfoProvider>.Instance);

    [Theory]
    [InlineData("database down")]
    [InlineData("written by another activation")]
    public async Task A_storage_error_that_crossed_silos_still_reads_as_temporarily_unavailable(string failure)
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("errors"));
        var serializer = silo.Services.GetRequiredService<Serializer>();
        Exception cause = failure == "database down"
            ? new Npgsql.NpgsqlException("the database system is shutting down")
            : new Orleans.Storage.InconsistentStateException("Version conflict (WriteState)", "13", "14");
        var raised = new OrleansException("storage write failed", cause);

        var received = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(raised))!;
        var info = Provider.GetInfo(new ExecutionError("Error trying to resolve field 'recordPayment'.", received));

        Assert.IsType(cause.GetType(), received.InnerException);
        Assert.Equal(ErrorCodes.Internal, info.Extensions!["code"]);
        Assert.StartsWith("temporarily unavailable", info.Message);
    }

    [Fact]
    public void An_error_of_no_known_kind_stays_an_internal_error_with_a_reference()
    {
        var info = Provider.GetInfo(new ExecutionError("Error trying to resolve field 'recordPayment'.",
            new CodecNotFoundException("Could not find a codec for type System.Data.DataTable.")));

        Assert.Equal(ErrorCodes.Internal, info.Extensions!["code"]);
        Assert.StartsWith("internal error (reference ", info.Message);
    }
}
