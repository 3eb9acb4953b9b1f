namespace CollectionGrains.Tests.Access;

/// <summary>The ids an operation of the matrix aims at: inside the caller's scope, just outside it, or ids that exist nowhere.</summary>
public sealed record MatrixTarget(string Node, string Household, string Group, string Collector, string User)
{
    public static readonly MatrixTarget Unknown = new("unknown-node-7f3a", "unknown-household-7f3a", "unknown-group-7f3a", "unknown-collector-7f3a", "unknown-user-7f3a");

    /// <summary>The household's first collection task.</summary>
    public string Task => Household + ":1";

    public string Replace(string json, MatrixTarget by) =>
        json.Replace(Node, by.Node, StringComparison.Ordinal).Replace(Household, by.Household, StringComparison.Ordinal)
            .Replace(Group, by.Group, StringComparison.Ordinal).Replace(Collector, by.Collector, StringComparison.Ordinal)
            .Replace(User, by.User, StringComparison.Ordinal);
}

/// <summary>
/// How the matrix reaches the fields of one type: an operation whose <c>SELECTION</c> is replaced by every field of the
/// type, starting at the root field <see cref="Root"/>, with the variables for a target (and any setup they need).
/// </summary>
public sealed record MatrixEntry(string Type, string Root, string Operation, Func<MatrixTarget, Task<object>> Variables);
