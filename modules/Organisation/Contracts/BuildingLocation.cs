namespace CollectionGrains.Organisation;

/// <summary>Where a building stands: its address and, for the visit proof, its coordinates (WGS-84 degrees), each optional.</summary>
[GenerateSerializer, Immutable, Alias("organisation.BuildingLocation")]
public sealed record BuildingLocation(
    [property: Id(0)] string? Address,
    [property: Id(1)] decimal? Latitude,
    [property: Id(2)] decimal? Longitude)
{
    public const int MaxAddressLength = 200;

    /// <summary>The first problem with the location, or null.</summary>
    public string? Problem() => this switch
    {
        { Address.Length: > MaxAddressLength } => $"an address has at most {MaxAddressLength} characters",
        { Latitude: < -90 or > 90 } => $"latitude {Latitude} must be between -90 and 90",
        { Longitude: < -180 or > 180 } => $"longitude {Longitude} must be between -180 and 180",
        { Latitude: null, Longitude: not null } or { Latitude: not null, Longitude: null } => "coordinates need both latitude and longitude",
        _ => null,
    };
}
