using CollectionGrains.GraphQL.Access;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>A point on the map, WGS-84 degrees.</summary>
internal sealed record GeoPoint(decimal Latitude, decimal Longitude);

internal sealed class GeoPointGraphType : ObjectGraphType<GeoPoint>
{
    public GeoPointGraphType()
    {
        Name = "GeoPoint";
        Field<NonNullGraphType<DecimalGraphType>>("latitude").Allow(FieldAccess.Readers).Resolve(c => c.Source.Latitude);
        Field<NonNullGraphType<DecimalGraphType>>("longitude").Allow(FieldAccess.Readers).Resolve(c => c.Source.Longitude);
    }
}
