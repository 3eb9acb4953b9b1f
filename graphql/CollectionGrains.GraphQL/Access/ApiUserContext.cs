namespace CollectionGrains.GraphQL.Access;

/// <summary>What one execution knows about its caller: the signed-in scope (null before login) and the network address.</summary>
internal sealed class ApiUserContext(CallerScope? caller, string address) : Dictionary<string, object?>
{
    /// <summary>The signed-in caller; a successful login signs the rest of its request in.</summary>
    public CallerScope? Caller { get; set; } = caller;

    public string Address => address;

    /// <summary>Set by login for the audit log: the name tried, and the role and scope of the user it names (even when the password was wrong).</summary>
    public LoginAttempt? Login { get; set; }
}
