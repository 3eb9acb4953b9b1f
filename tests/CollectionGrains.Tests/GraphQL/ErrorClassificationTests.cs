using CollectionGrains.GraphQL.Errors;
using GraphQL;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;

namespace CollectionGrains.Tests.GraphQL;

public sealed class ErrorClassificationTests
{
    private static readonly ApiErrorInfoProvider Provider = new(NullLogger<ApiErrorInfoProvider>.Instance);

    [Fact]
    public void A_database_error_that_could_not_cross_silos_reads_as_temporarily_unavailable()
    {
        var info = Provider.GetInfo(new ExecutionError("Error trying to resolve field 'recordPayment'.",
            new CodecNotFoundException("Could not find a codec for type Npgsql.NpgsqlException.")));

        Assert.Equal(ErrorCodes.Internal, info.Extensions!["code"]);
        Assert.StartsWith("temporarily unavailable", info.Message);
    }

    [Fact]
    public void Any_other_missing_codec_stays_an_internal_error_with_a_reference()
    {
        var info = Provider.GetInfo(new ExecutionError("Error trying to resolve field 'recordPayment'.",
            new CodecNotFoundException("Could not find a codec for type System.Data.DataTable.")));

        Assert.Equal(ErrorCodes.Internal, info.Extensions!["code"]);
        Assert.StartsWith("internal error (reference ", info.Message);
    }
}
