namespace CollectionGrains.Access;

/// <summary>
/// A user to create, with the password in clear (only its slow hash is stored); with <see cref="MustChangePassword"/>
/// (a password someone else chose) the user changes it before getting a token.
/// </summary>
[GenerateSerializer, Immutable, Alias("access.NewUser")]
public sealed record NewUser(
    [property: Id(0)] UserAccount Account,
    [property: Id(1)] string Password,
    [property: Id(2)] bool MustChangePassword = false);
