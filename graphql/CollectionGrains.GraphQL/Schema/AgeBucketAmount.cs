using CollectionGrains.Billing;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>Arrears in one age bucket.</summary>
internal sealed record AgeBucketAmount(AgeBucket Bucket, decimal Amount);
