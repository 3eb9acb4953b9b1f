using CollectionGrains.Access;

namespace CollectionGrains.GraphQL.Access;

/// <summary>A login as the audit log records it: the name tried and, when such a user exists, their role and scope.</summary>
internal sealed record LoginAttempt(string Username, Role? Role, string? ScopeNodeId);
