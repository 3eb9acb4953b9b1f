namespace CollectionGrains.Benchmarks;

/// <summary>A request of the payment load that failed: when it was sent and answered, to which silo, and the error.</summary>
internal sealed record FailedRequest(DateTime Sent, DateTime Answered, string Endpoint, string Error)
{
    public string Describe(DateTime since) =>
        $"sent at +{(Sent - since).TotalSeconds:F1} s, answered at +{(Answered - since).TotalSeconds:F1} s (UTC {Answered:HH:mm:ss.fff}), {Endpoint}: {Error}";
}
