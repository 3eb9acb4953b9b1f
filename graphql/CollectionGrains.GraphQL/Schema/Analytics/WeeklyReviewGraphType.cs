using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class WeeklyReviewGraphType : ObjectGraphType<WeeklyReview>
{
    public WeeklyReviewGraphType()
    {
        Name = "WeeklyReview";
        Description = "周例会: a project's week, Monday to Sunday, one row per collector, best first (by money recovered, then promises kept, then contacts).";
        Field<NonNullGraphType<IdGraphType>>("projectId").Allow(FieldAccess.Readers).Resolve(c => c.Source.ProjectId);
        Field<NonNullGraphType<CalendarDateGraphType>>("weekStart").Allow(FieldAccess.Readers).Resolve(c => c.Source.WeekStart);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeeklyReviewRowGraphType>>>>("rows").Allow(FieldAccess.Readers).Resolve(c => c.Source.Rows);
    }
}
