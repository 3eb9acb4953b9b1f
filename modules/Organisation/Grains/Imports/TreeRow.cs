namespace CollectionGrains.Organisation.Imports;

/// <summary>One building of a tree sheet: its row, the name and optional code of each level from region down, and its location.</summary>
internal sealed record TreeRow(int Row, IReadOnlyList<(string Name, string? Code)> Levels, BuildingLocation? Location);
