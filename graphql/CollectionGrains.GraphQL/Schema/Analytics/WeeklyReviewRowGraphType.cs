using CollectionGrains.Analytics;
using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.GraphQL.Schema.Collection;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class WeeklyReviewRowGraphType : ObjectGraphType<WeeklyReviewRow>
{
    public WeeklyReviewRowGraphType(IGrainFactory grains)
    {
        Name = "WeeklyReviewRow";
        Field<NonNullGraphType<StringGraphType>>("username").Allow(FieldAccess.Readers).Resolve(c => c.Source.Collector);
        Field<CollectorGraphType>("collector").Allow(FieldAccess.Readers)
            .ResolveAsync(async c => await grains.GetGrain<ICollectorGrain>(c.Source.Collector).GetProfileAsync());
        Field<NonNullGraphType<IntGraphType>>("contacts").Allow(FieldAccess.Readers).Resolve(c => c.Source.Contacts);
        Field<NonNullGraphType<IntGraphType>>("householdsReached").Allow(FieldAccess.Readers).Description("Households with an answered contact.").Resolve(c => c.Source.HouseholdsReached);
        Field<NonNullGraphType<IntGraphType>>("promisesMade").Allow(FieldAccess.Readers).Resolve(c => c.Source.PromisesMade);
        Field<NonNullGraphType<IntGraphType>>("promisesKept").Allow(FieldAccess.Readers).Description("Promises decided kept in the week.").Resolve(c => c.Source.PromisesKept);
        Field<NonNullGraphType<IntGraphType>>("promisesBroken").Allow(FieldAccess.Readers).Description("Promises decided broken in the week.").Resolve(c => c.Source.PromisesBroken);
        Field<NonNullGraphType<MoneyGraphType>>("recovered").Allow(FieldAccess.Readers)
            .Description("What the week's payments settled on bills, for the collector of the household's last contact in the 30 days before each.").Resolve(c => c.Source.Recovered);
        Field<NonNullGraphType<IntGraphType>>("tasksClosed").Allow(FieldAccess.Readers).Resolve(c => c.Source.TasksClosed);
        Field<NonNullGraphType<IntGraphType>>("rank").Allow(FieldAccess.Readers).Description("1 is best; equal results share a place.").Resolve(c => c.Source.Rank);
    }
}
