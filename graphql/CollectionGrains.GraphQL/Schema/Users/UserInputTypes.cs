using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Users;

internal sealed class CreateUserInputType : InputObjectGraphType
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Field<NonNullGraphType<StringGraphType>>("username").Description("2 to 64 letters, digits, '.', '_' or '-'; never changes.");
        Field<NonNullGraphType<StringGraphType>>("displayName");
        Field<NonNullGraphType<RoleGraphType>>("role");
        Field<NonNullGraphType<IdGraphType>>("scopeId").Description("The organisation node whose subtree the user works in.");
        Field<NonNullGraphType<StringGraphType>>("password").Description("At least 10 characters, not containing the username, not a well-known password.");
        Field<StringGraphType>("phone");
    }
}

internal sealed class UpdateUserInputType : InputObjectGraphType
{
    public UpdateUserInputType()
    {
        Name = "UpdateUserInput";
        Field<NonNullGraphType<StringGraphType>>("username");
        Field<StringGraphType>("displayName");
        Field<RoleGraphType>("role");
        Field<IdGraphType>("scopeId");
        Field<StringGraphType>("phone").Description("Null clears it; left out keeps it.");
    }
}

internal sealed class ResetPasswordInputType : InputObjectGraphType
{
    public ResetPasswordInputType()
    {
        Name = "ResetPasswordInput";
        Field<NonNullGraphType<StringGraphType>>("username");
        Field<NonNullGraphType<StringGraphType>>("newPassword");
    }
}

internal sealed class ChangeMyPasswordInputType : InputObjectGraphType
{
    public ChangeMyPasswordInputType()
    {
        Name = "ChangeMyPasswordInput";
        Field<NonNullGraphType<StringGraphType>>("username");
        Field<NonNullGraphType<StringGraphType>>("currentPassword");
        Field<NonNullGraphType<StringGraphType>>("newPassword");
    }
}

/// <summary>An input of one field, the username (one type per mutation, named after it).</summary>
internal abstract class UsernameInputType : InputObjectGraphType
{
    protected UsernameInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<StringGraphType>>("username");
    }
}

internal sealed class RevokeSessionsInputType() : UsernameInputType("RevokeSessionsInput");

internal sealed class DisableUserInputType() : UsernameInputType("DisableUserInput");

internal sealed class EnableUserInputType() : UsernameInputType("EnableUserInput");
