namespace CollectionGrains.Access;

/// <summary>A user to create, with the password in clear (only its slow hash is stored).</summary>
[GenerateSerializer, Immutable, Alias("access.NewUser")]
public sealed record NewUser(
    [property: Id(0)] UserAccount Account,
    [property: Id(1)] string Password);
