using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class LoginPayloadType : ObjectGraphType<LoginPayload>
{
    public LoginPayloadType()
    {
        Name = "LoginPayload";
        Field<NonNullGraphType<StringGraphType>>("token").Allow(FieldAccess.Anonymous)
            .Description("Send it as Authorization: Bearer <token> with every request, and in connection_init of a socket.").Resolve(c => c.Source.Token);
        Field<NonNullGraphType<InstantGraphType>>("expiresAt").Allow(FieldAccess.Anonymous).Resolve(c => c.Source.ExpiresAt);
        Field<NonNullGraphType<UserGraphType>>("user").Allow(FieldAccess.Anonymous).Resolve(c => c.Source.User);
    }
}

internal sealed record LoginPayload(string Token, DateTimeOffset ExpiresAt, CollectionGrains.Access.UserAccount User);

internal sealed class LoginInputType : InputObjectGraphType
{
    public LoginInputType()
    {
        Name = "LoginInput";
        Field<NonNullGraphType<StringGraphType>>("username");
        Field<NonNullGraphType<StringGraphType>>("password");
    }
}
