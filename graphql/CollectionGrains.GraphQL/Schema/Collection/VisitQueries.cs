using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Schema.Outreach;
using CollectionGrains.Kernel;
using GraphQL;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>Visit proof's queries: the review queue of a project and its cheating report per collector.</summary>
internal static class VisitQueries
{
    public static void AddTo(ObjectGraphType query, IGrainFactory grains, BusinessClock clock)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VisitToReviewGraphType>>>>("visitsToReview")
            .Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("projectId")))
            .Description("A project's visits waiting for review — flagged by their checks, or sampled (one in ten of those that passed) — oldest first.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c => await grains.GetGrain<IVisitReportsGrain>(await OutreachMutations.ProjectAsync(grains, c.GetArgument<string>("projectId")))
                .GetToReviewAsync(c.GetArgument<int>("first")));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheatingFiguresGraphType>>>>("cheatingReport")
            .Allow(FieldAccess.CollectionSetup.InScopeOf(ScopeCheck.Node("projectId")))
            .Description("防作弊: a project's visits of a month per collector — made, flagged, confirmed cheating (the totals of every node carry the same counts for the month).")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<PeriodGraphType>("month", a => a.Description = "Left out: this month.")
            .ResolveAsync(async c => await grains.GetGrain<IVisitReportsGrain>(await OutreachMutations.ProjectAsync(grains, c.GetArgument<string>("projectId")))
                .GetCheatingReportAsync(c.GetArgument<Period?>("month") ?? Period.Of(clock.Today)));
    }
}

internal sealed class VisitToReviewGraphType : ObjectGraphType<VisitToReview>
{
    public VisitToReviewGraphType()
    {
        Name = "VisitToReview";
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
        Field<NonNullGraphType<IdGraphType>>("contactId").Allow(FieldAccess.Readers).Resolve(c => c.Source.ContactId);
        Field<NonNullGraphType<StringGraphType>>("collector").Allow(FieldAccess.Readers).Resolve(c => c.Source.Collector);
        Field<NonNullGraphType<InstantGraphType>>("visitedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.VisitedAt);
        Field<NonNullGraphType<BooleanGraphType>>("flagged").Allow(FieldAccess.Readers).Description("False: it passed and was sampled.").Resolve(c => c.Source.Flagged);
        Field<NonNullGraphType<StringGraphType>>("problems").Allow(FieldAccess.Readers).Resolve(c => c.Source.Problems);
        Field<DecimalGraphType>("distanceMetres").Allow(FieldAccess.Readers).Resolve(c => c.Source.DistanceMetres);
        Field<StringGraphType>("photoUrl").Allow(FieldAccess.Readers).Description("The photo (same bearer token as the API); null when it failed its check.")
            .Resolve(c => c.Source.PhotoSha256 is null ? null : VisitPhotoPath.Of(c.Source.HouseholdId, c.Source.ContactId));
    }
}

internal sealed class CheatingFiguresGraphType : ObjectGraphType<CheatingFigures>
{
    public CheatingFiguresGraphType()
    {
        Name = "CheatingFigures";
        Field<NonNullGraphType<StringGraphType>>("collector").Allow(FieldAccess.Readers).Resolve(c => c.Source.Collector);
        Field<NonNullGraphType<IntGraphType>>("visits").Allow(FieldAccess.Readers).Resolve(c => c.Source.Visits);
        Field<NonNullGraphType<IntGraphType>>("flagged").Allow(FieldAccess.Readers).Resolve(c => c.Source.Flagged);
        Field<NonNullGraphType<IntGraphType>>("confirmedCheating").Allow(FieldAccess.Readers).Resolve(c => c.Source.ConfirmedCheating);
    }
}

/// <summary>Where a visit's photo is served: <c>/visits/photo?household=…&amp;contact=…</c> (household ids hold a '/').</summary>
internal static class VisitPhotoPath
{
    public const string Path = "/visits/photo";

    public static string Of(string householdId, string contactId) =>
        $"{Path}?household={Uri.EscapeDataString(householdId)}&contact={Uri.EscapeDataString(contactId)}";
}
