using CollectionGrains.Organisation;

namespace CollectionGrains.Tests.Organisation;

public sealed class ChildOrderingTests
{
    private static OrgNodeView Child(string name, decimal receivable, decimal collected, decimal arrears, params decimal[] byAge) =>
        new(new OrgNodeInfo(name, name, OrgLevel.Project, "b"),
            new Totals { ReceivablePeriod = receivable, CollectedPeriod = collected, ArrearsPrincipal = arrears, ArrearsByAge = byAge }, 1, []);

    private static readonly OrgNodeView[] Children =
    [
        Child("甲", 1000m, 950m, 100m, 100m, 0, 0, 0, 0),
        Child("乙", 1000m, 700m, 900m, 0, 900m, 0, 0, 0),
        Child("丙", 1000m, 850m, 300m, 0, 0, 0, 0, 300m),
    ];

    [Theory]
    [InlineData(ChildOrder.CollectionRateAscending, "乙,丙,甲")]
    [InlineData(ChildOrder.ArrearsDescending, "乙,丙,甲")]
    [InlineData(ChildOrder.AgeDescending, "丙,乙,甲")]
    public void Drill_down_sorts_children(ChildOrder order, string expected) =>
        Assert.Equal(expected, string.Join(",", ChildOrdering.Sort(Children, order).Select(c => c.Info.Name)));
}
