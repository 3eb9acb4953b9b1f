namespace CollectionGrains.GraphQL.Errors;

/// <summary>The fixed set of <c>extensions.code</c> values every GraphQL error carries; clients may rely on these.</summary>
internal static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Conflict = "CONFLICT";
    public const string Internal = "INTERNAL";

    /// <summary>The password was right but was reset by someone else: change it with changeMyPassword, then sign in.</summary>
    public const string PasswordChangeRequired = "PASSWORD_CHANGE_REQUIRED";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([BadUserInput, NotFound, Forbidden, Unauthenticated, Conflict, Internal, PasswordChangeRequired]);
}
