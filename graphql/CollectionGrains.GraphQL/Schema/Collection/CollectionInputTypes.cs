using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class TaskFilterInputType : InputObjectGraphType
{
    public TaskFilterInputType()
    {
        Name = "TaskFilter";
        Field<ListGraphType<NonNullGraphType<TaskStatusGraphType>>>("status");
        Field<StringGraphType>("collector");
    }

    public static TaskFilter Read(Dictionary<string, object?>? input) => input is null
        ? new TaskFilter()
        : new TaskFilter((input.GetValueOrDefault("status") as IEnumerable<object>)?.Cast<CollectionTaskStatus>().ToList(), input.GetValueOrDefault("collector") as string);
}

internal sealed class ArrearsReasonInputType : InputObjectGraphType
{
    public ArrearsReasonInputType()
    {
        Name = "ArrearsReasonInput";
        Field<NonNullGraphType<ArrearsReasonCategoryGraphType>>("category");
        Field<StringGraphType>("text").Description("In the owner's words (up to 500 characters).");
    }
}

internal sealed class RecordContactInputType : InputObjectGraphType
{
    public RecordContactInputType()
    {
        Name = "RecordContactInput";
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("Chosen by the client; the same id again returns the first result.");
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<ContactMethodGraphType>>("method");
        Field<StringGraphType>("channel").Description("The number dialled, the account messaged, who opened the door.");
        Field<NonNullGraphType<ContactClassGraphType>>("outcome");
        Field<BooleanGraphType>("answered").Description("False for a call nobody took or a door nobody opened (default true).");
        Field<CalendarDateGraphType>("promisedDate").Description("For A_PROMISED: the day the household promised to pay by.");
        Field<MoneyGraphType>("promisedAmount").Description("For A_PROMISED: how much.");
        Field<ArrearsReasonInputType>("reason");
        Field<IdGraphType>("scriptId").Description("The script used (its latest version is recorded).");
        Field<StringGraphType>("notes");
        Field<InstantGraphType>("at").Description("When the contact happened (now when left out); up to 30 days back.");
        Field<BooleanGraphType>("overrideCaps").Description("A supervisor allows a contact above the project's caps.");
        Field<VisitInputType>("visit").Description("For VISIT (required): the door code scanned, the position and a photo.");
    }
}

internal abstract class TaskInputType : InputObjectGraphType
{
    protected TaskInputType(string name, bool collector, bool reason)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("taskId");
        if (collector)
        {
            Field<NonNullGraphType<StringGraphType>>("collector").Description("The username of the collector to take it.");
        }
        if (reason)
        {
            Field<NonNullGraphType<StringGraphType>>("reason");
        }
    }
}

internal sealed class GrabTaskInputType() : TaskInputType("GrabTaskInput", collector: false, reason: false);

internal sealed class TransferTaskInputType() : TaskInputType("TransferTaskInput", collector: true, reason: true);

internal sealed class EscalateTaskInputType() : TaskInputType("EscalateTaskInput", collector: false, reason: true);

internal sealed class CancelTaskInputType() : TaskInputType("CancelTaskInput", collector: false, reason: true);

internal sealed class AssignHouseholdsInputType : InputObjectGraphType
{
    public AssignHouseholdsInputType()
    {
        Name = "AssignHouseholdsInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<StringGraphType>("collector").Description("The username to hold them; left out: back to the project's pool.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("householdIds");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("buildingIds").Description("Every household of these buildings; the building keeps its collector for households registered later.");
    }
}

internal sealed class ContactWindowInputType : InputObjectGraphType
{
    public ContactWindowInputType()
    {
        Name = "ContactWindowInput";
        Field<NonNullGraphType<StringGraphType>>("start").Description("HH:mm, China time.");
        Field<NonNullGraphType<StringGraphType>>("end").Description("HH:mm, China time (exclusive).");
    }
}

internal sealed class SetCollectionPolicyInputType : InputObjectGraphType
{
    public SetCollectionPolicyInputType()
    {
        Name = "SetCollectionPolicyInput";
        Description = "What is left out keeps its current value (with effectiveFrom: the value of the policy already decided for later, if any).";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<CalendarDateGraphType>("effectiveFrom").Description("A later day from which the policy applies; left out, it applies now.");
        Field<ListGraphType<NonNullGraphType<ContactWindowInputType>>>("weekdayWindows");
        Field<ListGraphType<NonNullGraphType<ContactWindowInputType>>>("weekendWindows");
        foreach (var name in new[] { "weeklyMinimum", "maxAttemptsPerDay", "maxAnsweredPerDay", "maxAttemptsPer7Days", "firstRoundDays", "noAnswerRetryMinutes", "maxOpenTasksPerCollector", "visitRadiusMetres" })
        {
            Field<IntGraphType>(name);
        }
        Field<ListGraphType<NonNullGraphType<GradeTreatmentInputType>>>("gradeTreatments")
            .Description("差异催收: the first round's method and the weekly minimum by grade; grades left out keep the standard treatment. An empty list goes back to the standard.");
    }
}

internal sealed class GradeTreatmentInputType : InputObjectGraphType
{
    public GradeTreatmentInputType()
    {
        Name = "GradeTreatmentInput";
        Field<NonNullGraphType<Customers.GradeGraphType>>("grade");
        Field<NonNullGraphType<ContactMethodGraphType>>("firstMethod");
        Field<NonNullGraphType<IntGraphType>>("weeklyMinimum");
    }
}

internal sealed class SplitEvenlyInputType : InputObjectGraphType
{
    public SplitEvenlyInputType()
    {
        Name = "SplitEvenlyInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("staff").Description("Usernames of collectors and other staff taking part (全员催缴).");
        Field<StringGraphType>("proposalId").Description("Left out: a preview. The preview's id: applies exactly that split, refused if the pool or staff changed since.");
    }
}

internal sealed class RecordLegacyIssueInputType : InputObjectGraphType
{
    public RecordLegacyIssueInputType()
    {
        Name = "RecordLegacyIssueInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<IdGraphType>>("issueId").Description("Chosen by the client; the same id again returns the first result.");
        Field<NonNullGraphType<StringGraphType>>("category").Description("e.g. 装修纠纷, 漏水, 车位, 开发商遗留.");
        Field<NonNullGraphType<StringGraphType>>("text");
    }
}

internal sealed class ResolveLegacyIssueInputType : InputObjectGraphType
{
    public ResolveLegacyIssueInputType()
    {
        Name = "ResolveLegacyIssueInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<IdGraphType>>("issueId");
    }
}

internal sealed class SaveScriptInputType : InputObjectGraphType
{
    public SaveScriptInputType()
    {
        Name = "SaveScriptInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<NonNullGraphType<IdGraphType>>("scriptId");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<ContactMethodGraphType>>("method");
        Field<ContactClassGraphType>("contactClass");
        Field<Customers.GradeGraphType>("grade");
        Field<NonNullGraphType<StringGraphType>>("body").Description("A Liquid template: {{ owner }}, {{ amount }}, {{ months }}, {{ payLink }}, {{ project }}, {{ collector }}.");
    }
}
