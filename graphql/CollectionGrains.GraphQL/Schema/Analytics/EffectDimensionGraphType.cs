using CollectionGrains.Analytics;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class EffectDimensionGraphType : EnumerationGraphType<EffectDimension>
{
    public EffectDimensionGraphType() => Name = "EffectDimension";
}
