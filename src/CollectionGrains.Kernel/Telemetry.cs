using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CollectionGrains.Kernel;

/// <summary>
/// The project's own meter and activity source (<c>CollectionGrains</c>), beside Orleans', ASP.NET Core's, Npgsql's and
/// the runtime's: what an operator of the collection system watches.
/// </summary>
public static class Telemetry
{
    public const string Name = "CollectionGrains";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> PaymentsRecorded =
        Meter.CreateCounter<long>("cg.payments.recorded", "{payment}", "Payments applied to a household's ledger (a payment id sent again counts once).");

    public static readonly Counter<long> ContactsRecorded =
        Meter.CreateCounter<long>("cg.contacts.recorded", "{contact}", "Contacts recorded in households' cases (a contact id sent again counts once).");

    /// <summary>From a household's commit to the group's new totals that count it (the group's watchers are pushed them then).</summary>
    public static readonly Histogram<double> RollUpLag =
        Meter.CreateHistogram("cg.rollup.lag", "s", "Time from a change in a household to the group's totals that include it.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 2, 5, 10, 30] });

    public static readonly Counter<long> GraphQLErrors =
        Meter.CreateCounter<long>("cg.graphql.errors", "{error}", "Errors the GraphQL API answered, by code.");

    public static readonly Counter<long> GraphQLRetries =
        Meter.CreateCounter<long>("cg.graphql.retries", "{retry}", "Fields the GraphQL API ran again after the cluster refused a call (a silo joining, leaving or gone).");
}
