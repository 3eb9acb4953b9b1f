namespace CollectionGrains.GraphQL.Transport;

/// <summary>Limits of the GraphQL endpoint; the defaults suit production, tests shorten the timeouts.</summary>
public sealed class GraphQLEndpointOptions
{
    public const string Path = "/graphql";

    /// <summary>Largest request body (imports travel as text, so this is generous); larger ones get 413.</summary>
    public long MaxBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Longest GraphQL document (the <c>query</c> text).</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    public int MaxDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Longest a query may run; mutations (bill runs, imports) get <see cref="MutationTimeout"/>.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MutationTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (then 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest WebSocket message accepted (then 4400).</summary>
    public int MaxSocketMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Messages a socket may have waiting to be sent. A client that does not read fills it and is cut off (1008), so a
    /// stalled phone costs the server this many messages, not its memory.
    /// </summary>
    public int MaxQueuedSocketMessages { get; set; } = 256;
}
