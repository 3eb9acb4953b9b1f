using CollectionGrains.Organisation;
using CollectionGrains.Organisation.Imports;

namespace CollectionGrains.Tests.Organisation;

/// <summary>The tree sheet's plan against a tree that exists: found by code or name, planned once, no second node of a name.</summary>
public sealed class TreePlanTests
{
    private static readonly Dictionary<string, IReadOnlyList<OrgNodeInfo>> Existing = new()
    {
        ["g"] = [new OrgNodeInfo("g-r1", "华东区域", OrgLevel.Region, "g")],
        ["g-r1"] = [new OrgNodeInfo("g-r1-b1", "杭州分公司", OrgLevel.Branch, "g-r1")],
    };

    private static TreeRow Row(int row, string? regionCode, params string[] names) =>
        new(row, [.. names.Select((n, i) => (n, i == 0 ? regionCode : null))], null);

    [Fact]
    public void Existing_levels_are_found_by_name_and_two_rows_of_one_project_plan_it_once()
    {
        var plan = new TreePlan(Existing);
        plan.Add("g", Row(2, null, "华东区域", "杭州分公司", "钱江府", "一区", "1幢"));
        plan.Add("g", Row(3, null, "华东区域", "杭州分公司", "钱江府", "一区", "2幢"));

        Assert.Empty(plan.Errors);
        // 钱江府, 一区, 1幢 and 2幢: the region and the branch exist.
        Assert.Equal(["钱江府", "一区", "1幢", "2幢"], plan.Created.Select(n => n.Name));
        Assert.All(plan.Created.Take(1), n => Assert.Equal("g-r1-b1", n.ParentId));
        Assert.Equal(2, plan.RowsCreating);
    }

    [Fact]
    public void A_new_code_for_a_name_that_exists_is_an_error_and_plans_nothing_for_its_row()
    {
        var plan = new TreePlan(Existing);
        plan.Add("g", Row(2, "HD", "华东区域", "杭州分公司", "钱江府", "一区", "1幢"));

        var error = Assert.Single(plan.Errors);
        Assert.Equal((2, "区域编码"), (error.Row, error.Column));
        Assert.Contains("g-r1", error.Message);
        Assert.Empty(plan.Created);
    }

    [Fact]
    public void The_existing_code_finds_the_node()
    {
        var plan = new TreePlan(Existing);
        plan.Add("g", Row(2, "r1", "华东区域", "杭州分公司", "钱江府", "一区", "1幢"));

        Assert.Empty(plan.Errors);
        Assert.Equal("g-r1-b1", plan.Created[0].ParentId);
    }
}
