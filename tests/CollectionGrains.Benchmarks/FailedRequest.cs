namespace CollectionGrains.Benchmarks;

/// <summary>A request of the payment load that failed: when it was sent and answered, to which silo, and the error.</summary>
internal sealed record FailedRequest(DateTime Sent, DateTime Answered, string Endpoint, string Error);
