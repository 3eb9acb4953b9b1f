namespace CollectionGrains.Access.Imports;

/// <summary>One user of a user sheet as written: the scope is a path of names, the buildings are relative to the user's project.</summary>
internal sealed record UserRow(
    int Row, string Username, string DisplayName, string? Phone, Role Role, IReadOnlyList<string> ScopePath, string Password, IReadOnlyList<string> Buildings);
